// catch without a binding
// spec: [language.statement.try]
var result;
try {
  JSON.parse("{bad json");
  result = "parsed";
} catch {
  result = "failed to parse";
}
print(result);
function safely(f, fallback) {
  try { return f(); } catch { return fallback; }
}
print(safely(() => 1, 0), safely(() => { throw 1; }, "fallback"));
var log = [];
try {
  throw new Error("x");
} catch {
  log.push("caught");
} finally {
  log.push("finally");
}
print(log.join(","));
