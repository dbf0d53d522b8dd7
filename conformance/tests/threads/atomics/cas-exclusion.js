// Rule: th.atomics.compare-exchange
// Exactly one of two racing compareExchange(0 -> id) calls succeeds.
// Note: both threads try compareExchange(0 -> own id); exactly one sees 0 and wins, the other
// Note: sees the winner's id.
const o = { owner: 0 };
const t1 = new Thread(() => Atomics.compareExchange(o, "owner", 0, 1));
const t2 = new Thread(() => Atomics.compareExchange(o, "owner", 0, 2));
t1.join();
t2.join();
print(o.owner);
