// function declarations are hoisted with their body
// spec: [language.binding.hoisting]
print(early());
function early() { return "early works"; }
print(typeof later, later === undefined);
var later = function () { return "later"; };
print(later());
// the last declaration of the same name wins
print(dup());
function dup() { return 1; }
function dup() { return 2; }
// function declaration vs var of the same name
print(typeof both);
var both = 5;
function both() {}
print(typeof both);
function outer() {
  return inner();
  function inner() { return "inner hoisted"; }
}
print(outer());
