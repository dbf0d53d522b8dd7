// var may be redeclared; functions declared in blocks are block scoped in strict code
// spec: [language.binding.lexical]
var a = 1;
var a;
print(a);
function f() {
  "use strict";
  {
    function inner() { return "block fn"; }
    print(inner());
  }
  return typeof inner;
}
print(f());
let b = 1;
{
  let b = 2;
  var c = b;
}
print(b, c);
function params(p, q) {
  let r = p + q;
  {
    let p = 100;
    r += p;
  }
  return r;
}
print(params(1, 2));
const fns = {};
for (const name of ["x", "y"]) {
  const v = name.toUpperCase();
  fns[name] = function () { return v; };
}
print(fns.x(), fns.y());
