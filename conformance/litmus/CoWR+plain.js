// Litmus: CoWR+plain
// Condition: exists (T0 === 2 && o.x === 1)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (SC PER LOCATION: the coherence shape CoWR is forbidden on every hardware model, x86-TSO included)
// Note: T0 reads T1's write after its own write, yet its own write is the final value. For
// Note: hardware that is a coherence cycle; in JavaScript the final read may read either plain
// Note: write (neither happens before the other), and T0's read of x = 2 is unconstrained.
// Note: T0 can never read the Init value 0 after its own write, though (Init → x = 1 → read in
// Note: happens-before).
const o = { x: 0 };
const T0 = new Thread(() => {
  o.x = 1;
  const r = o.x;
  return r;
});
const T1 = new Thread(() => {
  o.x = 2;
});
T0.join();
T1.join();
