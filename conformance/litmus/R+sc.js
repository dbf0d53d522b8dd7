// Litmus: R+sc
// Condition: exists (o.y === 2 && T1 === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test R+mfences; x86tso.cat verdict forbidden)
// Note: all Atomics; on x86-64 T1's store is an xchg, which acts as the mfence.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
  Atomics.store(o, "y", 1);
});
const T1 = new Thread(() => {
  Atomics.store(o, "y", 2);
  const r = Atomics.load(o, "x");
  return r;
});
T0.join();
T1.join();
