// Litmus: CoWW+observer+plain
// Condition: exists (T1[0] === 2 && T1[1] === 1)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (SC PER LOCATION: the coherence shape CoRR is forbidden on every hardware model, x86-TSO included)
// Note: another thread's plain reads may see the two writes out of order: they are ordered by
// Note: happens-before, but the reads are not ordered after either of them. Compare CoWW+plain:
// Note: the final read, which does happen after both, must see 2.
const o = { x: 0 };
const T0 = new Thread(() => {
  o.x = 1;
  o.x = 2;
});
const T1 = new Thread(() => {
  const a = o.x;
  const b = o.x;
  return [a, b];
});
T0.join();
T1.join();
