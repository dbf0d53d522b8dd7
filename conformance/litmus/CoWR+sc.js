// Litmus: CoWR+sc
// Condition: exists (T0 === 2 && o.x === 1)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: with Atomics: reading x = 2 after its own x = 1 puts x = 1 before x = 2 in tot (clause
// Note: (a)), and the final read, which happens after both, reads the tot-last (clause (b)).
const o = { x: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
  const r = Atomics.load(o, "x");
  return r;
});
const T1 = new Thread(() => {
  Atomics.store(o, "x", 2);
});
T0.join();
T1.join();
