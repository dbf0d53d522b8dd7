// Rule: th.lock.async-hold, th.lock.mutual-exclusion, th.lock.memory
// A counter incremented only inside asyncHold callbacks of two threads is exact.
// Note: all four increments are under the lock (in jobs of T1 and T2); the total is exact.
const l = new Lock();
const o = { n: 0 };
function work() {
  l.asyncHold(() => {
    o.n = o.n + 1;
  });
  l.asyncHold(() => {
    o.n = o.n + 1;
  });
}
const t1 = new Thread(work);
const t2 = new Thread(work);
t1.join();
t2.join();
print(o.n);
