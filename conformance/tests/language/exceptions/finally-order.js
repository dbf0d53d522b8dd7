// finally always runs: after try, after catch, on return and on throw
// spec: [language.statement.try]
var log = [];
function f(mode) {
  try {
    log.push("try");
    if (mode === "throw") throw new Error("x");
    if (mode === "return") return "returned";
  } catch (e) {
    log.push("catch");
  } finally {
    log.push("finally");
  }
  log.push("after");
  return "fell through";
}
print(f("normal"), log.join(","));
log = [];
print(f("throw"), log.join(","));
log = [];
print(f("return"), log.join(","));
log = [];
try {
  try {
    throw new Error("inner");
  } finally {
    log.push("inner finally");
  }
} catch (e) {
  log.push("outer catch " + e.message);
}
print(log.join(","));
