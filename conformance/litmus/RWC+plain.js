// Litmus: RWC+plain
// Condition: exists (T1[0] === 1 && T1[1] === 0 && T2 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Sometimes
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test RWC; x86tso.cat verdict allowed)
// Note: read-to-write causality: T1 sees x = 1 then misses y = 1, and T2 writes y and then
// Note: misses x = 1. On x86-TSO T2's store waits in its buffer (RWC needs an mfence in T2).
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  o.x = 1;
});
const T1 = new Thread(() => {
  const a = o.x;
  const b = o.y;
  return [a, b];
});
const T2 = new Thread(() => {
  o.y = 1;
  const c = o.x;
  return c;
});
T0.join();
T1.join();
T2.join();
