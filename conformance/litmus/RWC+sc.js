// Litmus: RWC+sc
// Condition: exists (T1[0] === 1 && T1[1] === 0 && T2 === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test RWC+mfences; x86tso.cat verdict forbidden)
// Note: all Atomics: SC.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
});
const T1 = new Thread(() => {
  const a = Atomics.load(o, "x");
  const b = Atomics.load(o, "y");
  return [a, b];
});
const T2 = new Thread(() => {
  Atomics.store(o, "y", 1);
  const c = Atomics.load(o, "x");
  return c;
});
T0.join();
T1.join();
T2.join();
