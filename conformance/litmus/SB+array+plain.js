// Litmus: SB+array+plain
// Condition: exists (T0 === 0 && T1 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Sometimes
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test SB; x86tso.cat verdict allowed)
// Note: SB on two elements of one array: each element is its own location (mm.location.property),
// Note: so this is SB+plain.
const a = [0, 0];
const T0 = new Thread(() => {
  a[0] = 1;
  const r = a[1];
  return r;
});
const T1 = new Thread(() => {
  a[1] = 1;
  const r = a[0];
  return r;
});
T0.join();
T1.join();
