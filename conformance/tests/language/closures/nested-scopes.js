// closures capture several levels of scope
// spec: [language.function.closures]
function level1(a) {
  return function level2(b) {
    return function level3(c) {
      return function level4(d) {
        return [a, b, c, d].join("");
      };
    };
  };
}
print(level1("w")("x")("y")("z"));
var curried = level1(1)(2);
print(curried(3)(4), curried(5)(6));
function makeAcc() {
  var total = 0;
  return function add(n) {
    total += n;
    return function () { return total; };
  };
}
var acc = makeAcc();
var snap1 = acc(5);
var snap2 = acc(10);
print(snap1(), snap2());
let blockFns = [];
{
  let inner = "block";
  blockFns.push(() => inner);
  inner = "changed";
}
print(blockFns[0]());
