// parameter names and strict mode rules
// spec: [language.function.params]
function sloppyDup(a, a) { return a; }
print(sloppyDup(1, 2));
function lastWins(x, y, x) { return x; }
print(lastWins(1, 2, 3), lastWins(1, 2));
function strictParams(a, b) {
  "use strict";
  return a + b;
}
print(strictParams(2, 3));
function argsLength(a = 1, b) { return arguments.length; }
print(argsLength(), argsLength(undefined), argsLength(1, 2));
function unmapped(a = 0) {
  a = 99;
  return arguments[0];
}
print(unmapped(5));
function strictUnmapped(a) {
  "use strict";
  a = 99;
  return arguments[0];
}
print(strictUnmapped(5));
