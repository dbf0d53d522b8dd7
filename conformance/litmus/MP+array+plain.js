// Litmus: MP+array+plain
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test MP; x86tso.cat verdict forbidden)
// Note: MP on two array elements (each a location).
const a = [0, 0];
const T0 = new Thread(() => {
  a[0] = 1;
  a[1] = 1;
});
const T1 = new Thread(() => {
  const f = a[1];
  const d = a[0];
  return [f, d];
});
T0.join();
T1.join();
