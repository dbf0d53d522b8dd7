"use strict";
// strict functions: arguments is unmapped; callee access throws; this is not boxed
// spec: [language.function.arguments] [language.strict.errors]
function f(a) {
  a = "changed";
  return arguments[0];
}
print(f("original"));
function g(a) {
  arguments[0] = "changed";
  return a;
}
print(g("original"));
function h() {
  try {
    return typeof arguments.callee;
  } catch (e) {
    return e.name;
  }
}
print(h());
function boxes() { return typeof this; }
print(boxes.call(1), boxes.call("s"), boxes.call(undefined));
print(Object.prototype.toString.call((function () { return arguments; })()));
