// the parameter scope is separate from the body's var scope
// spec: [language.function.params]
var x = "outer";
function f(a = x) {
  var x = "inner";
  return a;
}
print(f());
function g(a, b = () => a) {
  a = "changed";
  return b();
}
print(g("orig"));
function h(a, b = () => a) {
  var a = "body var";
  return [a, b()].join(",");
}
print(h("param"));
function usesThis(v = this.base) { return v; }
print(usesThis.call({ base: "from this" }));
function usesArgs(a, b = arguments.length) { return b; }
print(usesArgs(1), usesArgs(1, undefined, 3));
function selfRef(f = function () { return typeof f; }) { return f(); }
print(selfRef());
