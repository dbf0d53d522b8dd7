// Litmus: SB+plain
// Condition: exists (T0 === 0 && T1 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Sometimes
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test SB; x86tso.cat verdict allowed)
// Cite: Sewell, Sarkar, Owens, Zappa Nardelli, Myreen, "x86-TSO", CACM 2010 (SB: allowed on x86)
// Note: store buffering with plain accesses. Nothing orders a plain write before a later plain
// Note: read of another location, so both reads may miss the other thread's write; on x86-64
// Note: each store waits in its store buffer while the load executes. SC forbids it.
let x = 0;
let y = 0;
const T0 = new Thread(() => {
  x = 1;
  const r = y;
  return r;
});
const T1 = new Thread(() => {
  y = 1;
  const r = x;
  return r;
});
T0.join();
T1.join();
