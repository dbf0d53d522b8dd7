// default expressions are evaluated left to right, at call time, only when needed
// spec: [language.function.params]
var log = [];
function tick(name, v) { log.push(name); return v; }
function f(a = tick("a", 1), b = tick("b", a + 1), c = tick("c", b + 1)) {
  return a + b + c;
}
print(f(), log.join(","));
log = [];
print(f(10, undefined, 0), log.join(","));
log = [];
f(1, 2, 3);
print(log.length);
var n = 0;
function counter(x = ++n) { return x; }
print(counter(), counter(), counter(100), n);
function later(a = b, b = 1) { return a; }
try {
  later();
} catch (e) {
  print(e.name);
}
print(later(5));
function fnDefault(cb = function () { return "default cb"; }) { return cb(); }
print(fnDefault(), fnDefault(() => "given"));
