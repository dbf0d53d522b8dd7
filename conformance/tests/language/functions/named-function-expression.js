// the name of a named function expression is bound read-only inside it
// spec: [language.function.definitions]
var f = function g() {
  g = 5; // ignored in sloppy mode
  return typeof g;
};
print(f());
var strict = function h() {
  "use strict";
  try {
    h = 5;
  } catch (e) {
    return e.name;
  }
  return "no error";
};
print(strict());
var shadow = function k() {
  var k = 3;
  return k;
};
print(shadow());
var countdown = function cd(n) {
  return n === 0 ? "done" : cd(n - 1);
};
var alias = countdown;
countdown = null;
print(alias(3));
print(typeof g, typeof h, f.name, alias.name);
