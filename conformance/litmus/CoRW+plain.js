// Litmus: CoRW+plain
// Condition: exists (T0 === 2 && o.x === 2)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (SC PER LOCATION: the coherence shape CoRW is forbidden on every hardware model, x86-TSO included)
// Note: T0 reads T1's write and then overwrites it, yet T1's write is the final value. The
// Note: final read may read either of the racing plain writes.
const o = { x: 0 };
const T0 = new Thread(() => {
  const r = o.x;
  o.x = 1;
  return r;
});
const T1 = new Thread(() => {
  o.x = 2;
});
T0.join();
T1.join();
