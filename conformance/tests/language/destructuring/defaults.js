// defaults are evaluated lazily, only for undefined
// spec: [language.destructuring.binding]
var log = [];
function d(v) { log.push(v); return v; }
var [a = d("a"), b = d("b")] = [1];
print(a, b, log.join(","));
log = [];
var { x = d("x"), y = d("y") } = { x: undefined, y: null };
print(x, y, log.join(","));
var [p = 1, q = p * 2, r = q * 2] = [];
print(p, q, r);
var { s = 10, t = s + 1 } = { s: 5 };
print(s, t);
var [fn = function () {}, arrow = () => {}] = [];
print(fn.name, arrow.name);
var { named = class {} } = {};
print(named.name);
try {
  var [u = v, v = 1] = [];
} catch (e) {
  print("no TDZ for var:", e.name);
}
print(u, v);
try {
  let [l1 = l2, l2 = 1] = [];
} catch (e) {
  print("TDZ for let:", e.name);
}
