// Litmus: CoWW+sc
// Condition: exists (o.x === 1)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (SC PER LOCATION: the coherence shape CoWW is forbidden on every hardware model, x86-TSO included)
// Note: CoWW with Atomics.
const o = { x: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
  Atomics.store(o, "x", 2);
});
T0.join();
