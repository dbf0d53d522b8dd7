// Function.prototype.apply with array-likes
// spec: [language.builtin.function]
function sum() {
  var s = 0;
  for (var i = 0; i < arguments.length; i++) s += arguments[i];
  return s + ":" + arguments.length;
}
print(sum.apply(null, [1, 2, 3]), sum.apply(null), sum.apply(null, null), sum.apply(null, undefined));
print(sum.apply(null, { length: 3, 0: 10, 2: 5 }));
print(sum.apply(null, "x".split("")));
try {
  sum.apply(null, 5);
} catch (e) {
  print("non-object args:", e.name);
}
try {
  sum.apply(null, "abc");
} catch (e) {
  print("string args:", e.name);
}
print(Math.min.apply(Math, [4, 2, 8]), String.fromCharCode.apply(null, [104, 105]));
var o = { base: 100, add(a, b) { return this.base + a + b; } };
print(o.add.apply({ base: 1 }, [2, 3]), Function.prototype.apply.length);
