// runaway recursion throws a catchable RangeError
// spec: [language.function.recursion] [language.host.stack-overflow]
function runaway() { return 1 + runaway(); }
try {
  runaway();
  print("no error?");
} catch (e) {
  print(e instanceof RangeError, e.name);
}
var mutualCount = 0;
function ping() { mutualCount++; return pong(); }
function pong() { return ping() + 1; }
try {
  ping();
} catch (e) {
  print("mutual:", e instanceof RangeError, mutualCount > 100);
}
var obj = { get loop() { return this.loop; } };
try {
  obj.loop;
} catch (e) {
  print("getter:", e instanceof RangeError);
}
function recoverAndContinue(n) { return n === 0 ? "fine" : recoverAndContinue(n - 1); }
print("after overflow:", recoverAndContinue(100));
