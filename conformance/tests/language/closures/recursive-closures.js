// closures that refer to themselves and each other
// spec: [language.function.closures]
function makeEvenOdd() {
  function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
  function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
  return { isEven, isOdd };
}
var eo = makeEvenOdd();
print(eo.isEven(10), eo.isOdd(7), eo.isEven(7));
var walk = function (tree) {
  if (typeof tree === "number") return tree;
  var s = 0;
  for (var child of tree) s += walk(child);
  return s;
};
print(walk([1, [2, [3, [4]]], 5]));
const fact = (n) => (n <= 1 ? 1 : n * fact(n - 1));
print(fact(10));
var depthCounter = (function () {
  var max = 0;
  return function d(level) {
    if (level > max) max = level;
    if (level < 5) d(level + 1);
    return max;
  };
})();
print(depthCounter(0));
