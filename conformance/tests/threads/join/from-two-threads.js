// Rule: th.thread.join.repeat, th.thread.join.same-value
// Two threads joining the same thread get the same object.
const t1 = new Thread(() => ({ v: 1 }));
const t2 = new Thread(() => t1.join());
const fromT2 = t2.join();
print(fromT2 === t1.join());
