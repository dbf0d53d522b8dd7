// Litmus: LB+data+sc
// Condition: exists (T0 === 42 && T1 === 42)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: LB+data+plain with Atomics: each read of the cycle would synchronize with the write it
// Note: reads, making happens-before cyclic, so even the ECMAScript model forbids the thin-air
// Note: value.
const o = { x: 0, y: 0, f: 0 };
const T0 = new Thread(() => {
  const r = Atomics.load(o, "x");
  Atomics.store(o, "y", r);
  Atomics.store(o, "f", 1);
  return r;
});
const T1 = new Thread(() => {
  const r = Atomics.load(o, "y");
  Atomics.store(o, "x", r);
  return r;
});
const T2 = new Thread(() => {
  while (Atomics.load(o, "f") === 0) {}
  Atomics.store(o, "x", 42);
});
T0.join();
T1.join();
T2.join();
