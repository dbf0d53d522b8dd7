// operands of binary operators are evaluated left then right, then converted
// spec: [language.operator.evaluation-order]
var log = [];
function op(name, v) {
  log.push("eval " + name);
  return { valueOf() { log.push("conv " + name); return v; } };
}
var r = op("a", 1) + op("b", 2);
print(r, log.join(", "));
log = [];
r = op("a", 6) - op("b", 2) * op("c", 3);
print(r, log.join(", "));
log = [];
r = op("a", 2) ** op("b", 3);
print(r, log.join(", "));
log = [];
try {
  op("a", 1) + (log.push("throw in b"), undefinedFn());
} catch (e) {
  print(e.name, log.join(", "));
}
