// Rule: th.run.deadlock, th.thread.join.blocks, th.outcome.blocked
// Main joining a thread that waits forever: both are blocked.
// Note: T1 waits on a condition nobody notifies (in a predicate loop; no spurious wake-ups by
// Note: default); main blocks joining it. The lines printed before blocking are kept.
const l = new Lock();
const c = new Condition();
const o = { ready: false };
const t = new Thread(() =>
  l.hold(() => {
    print("waiting");
    while (!o.ready) c.wait(l);
  }),
);
print("joining");
t.join();
print("never");
