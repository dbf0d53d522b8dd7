// relational operators convert left operand first, then right (and > keeps that order)
// spec: [language.operator.relational]
var log = [];
function mk(name, v) {
  return { valueOf() { log.push(name); return v; } };
}
mk("a", 1) < mk("b", 2);
print(log.join(","));
log = [];
mk("a", 1) > mk("b", 2);
print(log.join(","));
log = [];
mk("a", 1) <= mk("b", 2);
print(log.join(","));
log = [];
mk("a", 1) >= mk("b", 2);
print(log.join(","));
log = [];
mk("a", NaN) < mk("b", 2);
print(log.join(","));
var s = { toString() { log.push("s"); return "2"; }, valueOf: undefined };
log = [];
print("10" < s, log.join(","));
