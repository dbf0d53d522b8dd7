// arrays, templates and function arguments all evaluate left to right
// spec: [language.operator.evaluation-order]
var log = [];
var i = 0;
function next(tag) { log.push(tag + i); return i++; }
var arr = [next("a"), next("b"), next("c")];
print(arr.join(""), log.join(","));
log = [];
var t = `${next("x")}-${next("y")}`;
print(t, log.join(","));
log = [];
Math.max(next("p"), next("q"));
print(log.join(","));
log = [];
var obj = { [next("k")]: next("v"), [next("k")]: next("v") };
print(JSON.stringify(obj), log.join(","));
log = [];
var r = next("l") < next("r") ? next("t") : next("f");
print(r, log.join(","));
