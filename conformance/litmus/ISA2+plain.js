// Litmus: ISA2+plain
// Condition: exists (T1 === 1 && T2[0] === 1 && T2[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test ISA2; x86tso.cat verdict forbidden)
// Note: a message passed along a chain of three threads with plain accesses.
const o = { x: 0, y: 0, z: 0 };
const T0 = new Thread(() => {
  o.x = 1;
  o.y = 1;
});
const T1 = new Thread(() => {
  const r = o.y;
  o.z = 1;
  return r;
});
const T2 = new Thread(() => {
  const a = o.z;
  const b = o.x;
  return [a, b];
});
T0.join();
T1.join();
T2.join();
