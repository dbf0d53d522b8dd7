// default parameters apply only for undefined
// spec: [language.function.params]
function f(a, b = 2, c = a + b) {
  return [a, b, c].join(",");
}
print(f(1), f(1, 5), f(1, undefined, 0), f(1, null), f());
function g(x = "default") { return x; }
print(g(undefined), g(null), g(0), g(""), g(false), g(NaN));
function h(a = 1, b) { return [a, b].join("|"); }
print(h(), h(undefined, 2), h.length);
var arrow = (p = [1, 2], { q } = { q: "dq" }) => p.length + q;
print(arrow(), arrow([1], { q: "x" }));
function obj(o = {}) { o.touched = true; return o; }
var a = obj(), b = obj();
print(a === b, a.touched);
