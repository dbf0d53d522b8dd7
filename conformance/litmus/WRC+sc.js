// Litmus: WRC+sc
// Condition: exists (T1 === 1 && T2[0] === 1 && T2[1] === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: all Atomics: happens-before is transitive through the two synchronizations.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
});
const T1 = new Thread(() => {
  const r = Atomics.load(o, "x");
  Atomics.store(o, "y", 1);
  return r;
});
const T2 = new Thread(() => {
  const a = Atomics.load(o, "y");
  const b = Atomics.load(o, "x");
  return [a, b];
});
T0.join();
T1.join();
T2.join();
