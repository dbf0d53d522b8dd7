// function declarations and expressions
// spec: [language.function.definitions]
function add(a, b) { return a + b; }
var mul = function (a, b) { return a * b; };
var named = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
print(add(2, 3), mul(2, 3), named(5));
print(typeof fact);
var iife = (function (x) { return x * 2; })(21);
print(iife);
print(function () { return "called immediately"; }());
var result = !function () { return 0; }();
print(result);
function noReturn() { var x = 1; }
function bareReturn() { return; }
print(noReturn(), bareReturn());
function extraArgs(a) { return a; }
print(extraArgs(1, 2, 3), extraArgs());
