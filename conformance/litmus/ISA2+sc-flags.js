// Litmus: ISA2+sc-flags
// Condition: exists (T1 === 1 && T2[0] === 1 && T2[1] === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: the data x is plain; y and z are SeqCst flags. Happens-before is transitive through both
// Note: synchronizations, so x = 1 happens before T2's read of x. Data-race-free.
const o = { x: 0, y: 0, z: 0 };
const T0 = new Thread(() => {
  o.x = 1;
  Atomics.store(o, "y", 1);
});
const T1 = new Thread(() => {
  const r = Atomics.load(o, "y");
  Atomics.store(o, "z", 1);
  return r;
});
const T2 = new Thread(() => {
  const a = Atomics.load(o, "z");
  const b = o.x;
  return [a, b];
});
T0.join();
T1.join();
T2.join();
