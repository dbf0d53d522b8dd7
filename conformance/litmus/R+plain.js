// Litmus: R+plain
// Condition: exists (o.y === 2 && T1 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Sometimes
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test R; x86tso.cat verdict allowed)
// Cite: Sewell, Sarkar, Owens, Zappa Nardelli, Myreen, "x86-TSO", CACM 2010 (R: allowed on x86)
// Note: T1's write of y comes last, yet T1's later read of x misses T0's earlier write of x. On
// Note: x86-TSO T1's store waits in its buffer while its load runs (this needs an mfence to
// Note: forbid).
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  o.x = 1;
  o.y = 1;
});
const T1 = new Thread(() => {
  o.y = 2;
  const r = o.x;
  return r;
});
T0.join();
T1.join();
