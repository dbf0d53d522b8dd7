// Rule: th.run.deadlock, th.run.blocked, th.outcome.blocked, th.outcome.deadlock
// Two locks taken in opposite orders: both threads complete, or deadlock.
// Note: T1 takes a then b, T2 takes b then a. If one thread gets both before the other starts,
// Note: both complete; if each holds its first lock, each blocks on the other's, and main
// Note: blocks joining T1: every unfinished thread is blocked, a deadlock.
const a = new Lock();
const b = new Lock();
const t1 = new Thread(() => a.hold(() => b.hold(() => "t1")));
const t2 = new Thread(() => b.hold(() => a.hold(() => "t2")));
print(t1.join(), t2.join());
