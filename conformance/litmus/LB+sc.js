// Litmus: LB+sc
// Condition: exists (T0 === 1 && T1 === 1)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: with Atomics each read synchronizes with the write it reads, so the LB cycle would be a
// Note: happens-before cycle (mm.axiom.tot.extends-hb).
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  const r = Atomics.load(o, "x");
  Atomics.store(o, "y", 1);
  return r;
});
const T1 = new Thread(() => {
  const r = Atomics.load(o, "y");
  Atomics.store(o, "x", 1);
  return r;
});
T0.join();
T1.join();
