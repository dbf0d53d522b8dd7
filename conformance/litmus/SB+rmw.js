// Litmus: SB+rmw
// Condition: exists (T0 === 0 && T1 === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test SB+mfences; x86tso.cat verdict forbidden)
// Note: SB where the stores are Atomics.exchange (read-modify-writes, compiled to xchg). An RMW
// Note: counts as a SeqCst write in mm.axiom.sc-atomics, so this is SB+sc: forbidden.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.exchange(o, "x", 1);
  const r = Atomics.load(o, "y");
  return r;
});
const T1 = new Thread(() => {
  Atomics.exchange(o, "y", 1);
  const r = Atomics.load(o, "x");
  return r;
});
T0.join();
T1.join();
