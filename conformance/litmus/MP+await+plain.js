// Litmus: MP+await+plain
// Condition: exists (T1 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test MP; x86tso.cat verdict forbidden)
// Note: spinning on a plain flag does not synchronize: after seeing the flag set, the data read
// Note: may still return 0 under the JavaScript model (x86-TSO keeps the order).
const o = { data: 0, flag: 0 };
const T0 = new Thread(() => {
  o.data = 1;
  o.flag = 1;
});
const T1 = new Thread(() => {
  while (o.flag === 0) {}
  const d = o.data;
  return d;
});
T0.join();
T1.join();
