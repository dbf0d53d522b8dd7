// Rule: th.thread.id, th.thread.id.accessor, th.thread.current
// Main is 0; threads get 1, 2 in creation order; t.id matches Thread.current.id inside.
const t1 = new Thread(() => Thread.current.id);
const t2 = new Thread(() => Thread.current.id);
print(Thread.current.id, t1.id, t2.id);
print(t1.join(), t2.join());
