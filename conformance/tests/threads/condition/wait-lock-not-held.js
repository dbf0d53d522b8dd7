// Rule: th.condition.wait, th.condition.async-wait, th.error.condition-lock
// wait and asyncWait on a free lock throw a TypeError synchronously and change nothing.
const l = new Lock();
const c = new Condition();
try {
  c.wait(l);
  print("no error");
} catch (e) {
  print("wait", e instanceof TypeError);
}
try {
  c.asyncWait(l);
  print("no error");
} catch (e) {
  print("asyncWait", e instanceof TypeError);
}
print(l.hold(() => "free"), c.notify());
