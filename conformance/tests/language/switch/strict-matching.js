// case matching uses ===, case expressions are evaluated lazily in order
// spec: [language.statement.switch]
var log = [];
function c(v) { log.push("case " + v); return v; }
function sw(x) {
  log = [];
  switch (x) {
    case c(1): return "1 " + log.join(",");
    case c("2"): return "'2' " + log.join(",");
    case c(2): return "2 " + log.join(",");
    default: return "default " + log.join(",");
  }
}
print(sw(1));
print(sw(2));
print(sw("2"));
print(sw(3));
function kind(v) {
  switch (true) {
    case v < 0: return "neg";
    case v === 0: return "zero";
    case v > 0: return "pos";
  }
  return "nan";
}
print(kind(-1), kind(0), kind(5), kind(NaN));
var obj = {};
switch (obj) { case {}: print("different object"); break; case obj: print("same object"); }
