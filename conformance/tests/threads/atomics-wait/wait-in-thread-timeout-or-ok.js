// Rule: th.atomics.wait, th.explore.timeout
// A timed wait ends "ok" when notified in time, "timed-out" otherwise.
// Note: T1 waits with a timeout while main may notify: time is not modelled, so the wait may
// Note: time out before or after the notify could reach it, or be woken. Main's notify
// Note: count tells which: 1 only when T1 was woken.
const o = { x: 0 };
const t = new Thread(() => Atomics.wait(o, "x", 0, 100));
const n = Atomics.notify(o, "x");
t.join();
print(n);
