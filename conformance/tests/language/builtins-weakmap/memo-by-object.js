// memoising on object identity
// spec: [language.builtin.weakmap] [language.class.extends-builtins]
var computed = 0;
var memo = new WeakMap();
function area(shape) {
  if (memo.has(shape)) return memo.get(shape);
  computed++;
  var r = shape.w * shape.h;
  memo.set(shape, r);
  return r;
}
var s1 = { w: 2, h: 3 }, s2 = { w: 4, h: 5 };
print(area(s1), area(s2), area(s1), area(s2), computed);
s1.w = 100;
print(area(s1), computed);
memo.delete(s1);
print(area(s1), computed);
var sub = class extends WeakMap {};
var sm = new sub([[s2, "in subclass"]]);
print(sm.get(s2), sm instanceof WeakMap);
