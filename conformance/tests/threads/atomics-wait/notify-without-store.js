// Rule: th.atomics.notify, th.atomics.wait, th.run.deadlock
// A notify that comes before the wait is lost: wake-up with the data, or deadlock.
// Note: T1 writes plain data and notifies without changing x. If the notify comes after main
// Note: waits, main wakes ("ok") and sees the data (notify synchronizes with the wake-up,
// Note: mm.relation.sw.notify). If it comes first it wakes nobody (0) and main sleeps forever.
const o = { x: 0, data: 0 };
const t = new Thread(() => {
  o.data = 1;
  return Atomics.notify(o, "x");
});
print(Atomics.wait(o, "x", 0), o.data);
