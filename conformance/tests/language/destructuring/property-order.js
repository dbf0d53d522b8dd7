// evaluation order: source first, then properties in pattern order, then defaults
// spec: [language.destructuring.assignment]
var log = [];
var src = {
  get first() { log.push("get first"); return undefined; },
  get second() { log.push("get second"); return 2; },
};
function def(name) { log.push("default " + name); return name; }
var { second, first = def("first") } = (log.push("source"), src);
print(first, second);
print(log.join(" | "));
log = [];
var target = {
  set t1(v) { log.push("set t1=" + v); },
  set t2(v) { log.push("set t2=" + v); },
};
[target.t1, target.t2] = [1, 2];
({ b: target.t2, a: target.t1 } = { a: "A", b: "B" });
print(log.join(" | "));
