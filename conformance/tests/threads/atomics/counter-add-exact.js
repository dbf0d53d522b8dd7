// Rule: th.atomics.add, th.memory.read-modify-write
// A counter incremented with Atomics.add by two threads is exact.
// Note: Atomics.add is one RMW step: two threads adding twice each never lose an update.
const o = { n: 0 };
function work() {
  Atomics.add(o, "n", 1);
  Atomics.add(o, "n", 1);
}
const t1 = new Thread(work);
const t2 = new Thread(work);
t1.join();
t2.join();
print(o.n);
