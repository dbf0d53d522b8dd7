// member expressions and new: base, key, value / callee, arguments, construction
// spec: [language.operator.evaluation-order]
var log = [];
var o = {};
function base() { log.push("base"); return o; }
function keyExpr() { log.push("key expr"); return "p"; }
function value() { log.push("value"); return 1; }
base()[keyExpr()] = value();
print(log.join(", "), o.p);
log = [];
function C(a, b) { log.push("construct " + a + b); }
function getC() { log.push("get C"); return C; }
function arg(n) { log.push("arg " + n); return n; }
new (getC())(arg(1), arg(2));
print(log.join(", "));
log = [];
var nested = { a: { get b() { log.push("get b"); return { c: 1 }; } } };
var r = nested.a.b.c + nested.a.b.c;
print(r, log.length);
