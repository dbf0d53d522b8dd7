"use strict";
// in strict code, function declarations in blocks are block scoped and hoisted within the block
// spec: [language.binding.lexical]
{
  print(typeof blockFn, blockFn());
  function blockFn() { return "in block"; }
}
print(typeof blockFn);
if (true) {
  function cond() { return 1; }
  print(cond());
}
print(typeof cond);
function outer() {
  var results = [];
  for (let i = 0; i < 2; i++) {
    function perIteration() { return i; }
    results.push(perIteration);
  }
  return results.map(function (f) { return f(); }).join(",");
}
print(outer());
