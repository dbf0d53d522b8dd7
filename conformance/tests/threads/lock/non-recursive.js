// Rule: th.lock.non-recursive, th.error.lock-recursive
// Holding a lock again on the same thread throws an Error without calling fn; the outer hold
// still holds it and releases it when it ends.
const l = new Lock();
let calls = 0;
l.hold(() => {
  for (let i = 0; i < 2; i++) {
    try {
      l.hold(() => {
        calls++;
      });
    } catch (e) {
      print(e.constructor === Error, e.message);
    }
  }
});
print(calls, l.hold(() => "free"));
