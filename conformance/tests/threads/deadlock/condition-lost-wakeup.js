// Rule: th.condition.wait, th.condition.notify, th.run.deadlock
// A wait without a predicate can miss an earlier notify and wait forever.
// Note: a waiter that does not check a predicate under the lock may miss a notify that came
// Note: first: T2's notify before T1 waits wakes nobody (0) and T1 waits forever. If T1 is
// Note: already waiting, notify returns 1 and T1 finishes.
const l = new Lock();
const c = new Condition();
new Thread(() => l.hold(() => c.wait(l)));
new Thread(() => c.notify());
