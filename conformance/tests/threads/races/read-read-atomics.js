// Rule: th.atomics.load.own-data, th.atomics.store
// Two Atomics.load of one property never see the new value and then the old.
// Note: with Atomics.store and two Atomics.load the reads are totally ordered with the write:
// Note: once 1 is seen, 0 is never seen again. [1, 0] is forbidden.
const o = { x: 0 };
new Thread(() => {
  Atomics.store(o, "x", 1);
});
new Thread(() => {
  const a = Atomics.load(o, "x");
  const b = Atomics.load(o, "x");
  return [a, b];
});
