// Rule: th.lock.async-hold, th.error.async-hold-not-callable
// A fn that is neither callable nor undefined throws a TypeError synchronously.
const l = new Lock();
for (const bad of [5, null, {}, "f"]) {
  try {
    l.asyncHold(bad);
    print("no error");
  } catch (e) {
    print(e instanceof TypeError);
  }
}
print(l.hold(() => "free"));
