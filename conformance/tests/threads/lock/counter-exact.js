// Rule: th.lock.mutual-exclusion, th.lock.memory
// A counter incremented under a lock by two threads and main is exact.
// Note: every access to o.n is under one lock, so the program is data-race-free and the
// Note: count is exact (mm.drf.sc): 3 + 3 + 1.
const l = new Lock();
const o = { n: 0 };
function work() {
  for (let i = 0; i < 3; i++) {
    l.hold(() => {
      o.n = o.n + 1;
    });
  }
}
const t1 = new Thread(work);
const t2 = new Thread(work);
l.hold(() => {
  o.n++;
});
t1.join();
t2.join();
print(o.n);
