// Litmus: SB+sc
// Condition: exists (T0 === 0 && T1 === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test SB+mfences; x86tso.cat verdict forbidden)
// Cite: Watt et al., "Repairing and Mechanising the JavaScript Relaxed Memory Model", PLDI 2020
// Note: store buffering with Atomics everywhere: the program is data-race-free, so it is SC.
// Note: A load that reads Init 0 must come before the other thread's store in tot
// Note: (mm.axiom.sc-atomics (c), Init happens before everything), and each store is tot-before
// Note: its own thread's load: a cycle. On x86-64 the stores are xchg, which drain the store buffer.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
  const r = Atomics.load(o, "y");
  return r;
});
const T1 = new Thread(() => {
  Atomics.store(o, "y", 1);
  const r = Atomics.load(o, "x");
  return r;
});
T0.join();
T1.join();
