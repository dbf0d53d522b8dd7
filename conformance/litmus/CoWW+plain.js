// Litmus: CoWW+plain
// Condition: exists (o.x === 1)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (SC PER LOCATION: the coherence shape CoWW is forbidden on every hardware model, x86-TSO included)
// Note: two writes of one thread: the second happens after the first and before the final read,
// Note: so the final value is 2 (mm.axiom.coherent-reads.no-intervening) even for plain writes.
const o = { x: 0 };
const T0 = new Thread(() => {
  o.x = 1;
  o.x = 2;
});
T0.join();
