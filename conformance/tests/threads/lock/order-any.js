// Rule: th.lock.mutual-exclusion, th.lock.memory
// Two threads take the lock in either order.
// Note: the two critical sections run in either order; each push is whole.
const l = new Lock();
const log = [];
const t1 = new Thread(() => l.hold(() => log.push("a")));
const t2 = new Thread(() => l.hold(() => log.push("b")));
t1.join();
t2.join();
print(log.join());
