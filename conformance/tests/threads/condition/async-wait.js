// Rule: th.condition.async-wait, th.lock.async-hold.release-fn, th.jobs.async-settle
// asyncWait releases the lock at once and resolves, holding it again, after a notify.
// Note: main takes the lock with asyncHold(), asyncWait releases it at once and T1 (created
// Note: after that) notifies under the lock; main's promise resolves on main once it holds the
// Note: lock again, and release() then frees it. (No spurious wake-ups by default.)
const l = new Lock();
const c = new Condition();
const s = { ready: false };
l.asyncHold().then((release) => {
  const p = c.asyncWait(l);
  print(p instanceof Promise, l.hold(() => "released at once"));
  new Thread(() =>
    l.hold(() => {
      s.ready = true;
      return c.notify();
    }),
  );
  p.then((v) => {
    print("woken", v, s.ready);
    try {
      l.hold(() => 0);
    } catch (e) {
      print(e.message);
    }
    release();
    print(l.hold(() => "free"));
  });
});
