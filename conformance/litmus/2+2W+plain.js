// Litmus: 2+2W+plain
// Condition: exists (o.x === 1 && o.y === 1)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test 2+2W; x86tso.cat verdict forbidden)
// Note: two threads write two locations in opposite orders; the final values say each thread's
// Note: first write came last. The final values are read by the main program after joining
// Note: (mm.outcome.final-read): each final read may read either racing write, since neither
// Note: happens before the other. TSO keeps write→write order and a single memory order.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  o.x = 1;
  o.y = 2;
});
const T1 = new Thread(() => {
  o.y = 1;
  o.x = 2;
});
T0.join();
T1.join();
