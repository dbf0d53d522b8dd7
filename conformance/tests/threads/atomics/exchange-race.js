// Rule: th.atomics.exchange
// Racing exchanges are totally ordered: each old value is handed out once.
// Note: two exchanges on one property are totally ordered: one thread gets the initial value,
// Note: the other the first thread's value, and the final value is the second one's.
const o = { x: "init" };
const t1 = new Thread(() => Atomics.exchange(o, "x", "a"));
const t2 = new Thread(() => Atomics.exchange(o, "x", "b"));
t1.join();
t2.join();
print(o.x);
