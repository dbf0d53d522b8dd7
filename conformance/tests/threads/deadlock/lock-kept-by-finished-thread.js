// Rule: th.lock.async-hold.release-fn, th.run.deadlock, th.thread.finish
// A lock taken with asyncHold() and never released stays held after its thread finished.
// Note: T1 takes the lock with asyncHold() and finishes without calling release: the lock
// Note: stays held, so main's hold (after joining T1) blocks forever.
const l = new Lock();
const t = new Thread(() => {
  l.asyncHold().then((release) => print("T1 holds it"));
  return "leaked";
});
print(t.join());
l.hold(() => print("never"));
