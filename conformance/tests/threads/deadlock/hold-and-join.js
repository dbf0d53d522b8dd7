// Rule: th.lock.hold, th.thread.join.blocks, th.run.deadlock
// Joining, while holding a lock, a thread that needs that lock deadlocks.
// Note: main joins T1 while holding the lock T1 needs: T1 never gets it, main never returns.
const l = new Lock();
l.hold(() => {
  const t = new Thread(() => l.hold(() => "got it"));
  t.join();
});
