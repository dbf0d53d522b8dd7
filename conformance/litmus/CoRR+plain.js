// Litmus: CoRR+plain
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (SC PER LOCATION: the coherence shape CoRR is forbidden on every hardware model, x86-TSO included)
// Cite: ECMA-262 §29 (sec-coherent-reads): Coherent Reads constrains a read only against writes ordered with it by happens-before
// Note: two plain reads of one location in one thread see a new value and then the old one.
// Note: mm.axiom.coherent-reads.no-intervening would forbid b reading Init only if T0's write
// Note: happened before b, and it does not (no synchronization); no axiom relates the two reads
// Note: to each other (mm.axiom.note.plain-coherence). Allowed in JavaScript; every hardware
// Note: model forbids it (per-location coherence).
const o = { x: 0 };
const T0 = new Thread(() => {
  o.x = 1;
});
const T1 = new Thread(() => {
  const a = o.x;
  const b = o.x;
  return [a, b];
});
T0.join();
T1.join();
