// Rule: th.lock.hold, th.error.hold-not-callable
// hold with a non-callable argument throws a TypeError and leaves the lock free.
const l = new Lock();
for (const bad of [5, undefined, {}, "f"]) {
  try {
    l.hold(bad);
    print("no error");
  } catch (e) {
    print(e instanceof TypeError);
  }
}
print(l.hold(() => "ok"));
