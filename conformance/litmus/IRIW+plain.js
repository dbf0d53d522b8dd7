// Litmus: IRIW+plain
// Condition: exists (T2[0] === 1 && T2[1] === 0 && T3[0] === 1 && T3[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test IRIW; x86tso.cat verdict forbidden)
// Cite: Sewell, Sarkar, Owens, Zappa Nardelli, Myreen, "x86-TSO", CACM 2010 (IRIW: forbidden on x86)
// Note: independent reads of independent writes: the two readers see the writes in opposite
// Note: orders. Plain accesses have no order all threads agree on. x86-TSO is multi-copy atomic
// Note: and keeps read→read order, so it forbids it.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  o.x = 1;
});
const T1 = new Thread(() => {
  o.y = 1;
});
const T2 = new Thread(() => {
  const a = o.x;
  const b = o.y;
  return [a, b];
});
const T3 = new Thread(() => {
  const c = o.y;
  const d = o.x;
  return [c, d];
});
T0.join();
T1.join();
T2.join();
T3.join();
