// callee, then arguments left to right, then the call
// spec: [language.operator.evaluation-order]
var log = [];
function f(name) { log.push("callee " + name); return function () { log.push("call " + name); }; }
function a(n) { log.push("arg " + n); return n; }
f("x")(a(1), a(2), a(3));
print(log.join(", "));
log = [];
var o = {
  get m() { log.push("get m"); return function () { log.push("call m"); }; },
};
o.m(a(1));
print(log.join(", "));
log = [];
try {
  undefined_function_name(a(1));
} catch (e) {
  print(e.name, log.length);
}
log = [];
var notFn = 5;
try {
  notFn(a(1), a(2));
} catch (e) {
  print(e.name, log.join(", "));
}
