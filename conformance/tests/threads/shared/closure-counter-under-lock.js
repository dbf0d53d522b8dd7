// Rule: th.memory.locations, th.lock.memory
// A closure's captured counter shared by threads under a lock is exact.
// Note: the counter lives in a binding cell captured by a closure that both threads call;
// Note: every access is under one lock, so the count is exact.
function makeCounter() {
  let n = 0;
  return () => {
    n = n + 1;
    return n;
  };
}
const next = makeCounter();
const l = new Lock();
function work() {
  l.hold(next);
  l.hold(next);
}
const t1 = new Thread(work);
const t2 = new Thread(work);
t1.join();
t2.join();
print(l.hold(next));
