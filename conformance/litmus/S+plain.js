// Litmus: S+plain
// Condition: exists (T1 === 1 && o.x === 2)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test S; x86tso.cat verdict forbidden)
// Note: T1 sees T0's second write and then writes x, yet T0's first write of x wins. Without
// Note: synchronization the final read of x may read either plain write of x.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  o.x = 2;
  o.y = 1;
});
const T1 = new Thread(() => {
  const r = o.y;
  o.x = 1;
  return r;
});
T0.join();
T1.join();
