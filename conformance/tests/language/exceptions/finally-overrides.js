// a return or throw in finally replaces the pending completion
// spec: [language.statement.try]
function returnOverReturn() {
  try { return "try"; } finally { return "finally"; }
}
function returnOverThrow() {
  try { throw new Error("lost"); } finally { return "finally wins"; }
}
function throwOverReturn() {
  try { return "lost"; } finally { throw new Error("finally throw"); }
}
function breakOverThrow() {
  for (;;) {
    try { throw new Error("swallowed"); } finally { break; }
  }
  return "broke out";
}
print(returnOverReturn(), returnOverThrow(), breakOverThrow());
try {
  throwOverReturn();
} catch (e) {
  print(e.message);
}
function valueCapturedBeforeFinally() {
  var x = "before";
  try { return x; } finally { x = "changed in finally"; }
}
print(valueCapturedBeforeFinally());
function continueInFinally() {
  var n = 0;
  for (var i = 0; i < 3; i++) {
    try { return "never"; } finally { n++; continue; }
  }
  return n;
}
print(continueInFinally());
