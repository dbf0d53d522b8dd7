// Litmus: WRC+plain
// Condition: exists (T1 === 1 && T2[0] === 1 && T2[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test WRC; x86tso.cat verdict forbidden)
// Note: write-to-read causality with plain accesses: T2 sees T1's write, which T1 made after
// Note: seeing T0's write, yet T2 misses T0's write. No synchronization, so allowed in JS; TSO
// Note: is multi-copy atomic and forbids it.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  o.x = 1;
});
const T1 = new Thread(() => {
  const r = o.x;
  o.y = 1;
  return r;
});
const T2 = new Thread(() => {
  const a = o.y;
  const b = o.x;
  return [a, b];
});
T0.join();
T1.join();
T2.join();
