// Litmus: CoRR+sc
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: with Atomics a synchronizes with the store, which then happens before b: b cannot read
// Note: the older Init value.
const o = { x: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
});
const T1 = new Thread(() => {
  const a = Atomics.load(o, "x");
  const b = Atomics.load(o, "x");
  return [a, b];
});
T0.join();
T1.join();
