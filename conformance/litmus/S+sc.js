// Litmus: S+sc
// Condition: exists (T1 === 1 && o.x === 2)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: with Atomics, T0's x = 2 happens before T1's x = 1, which the final read must respect.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 2);
  Atomics.store(o, "y", 1);
});
const T1 = new Thread(() => {
  const r = Atomics.load(o, "y");
  Atomics.store(o, "x", 1);
  return r;
});
T0.join();
T1.join();
