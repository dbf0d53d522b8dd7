// Litmus: MP+plain
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test MP; x86tso.cat verdict forbidden)
// Cite: Sewell, Sarkar, Owens, Zappa Nardelli, Myreen, "x86-TSO", CACM 2010 (MP: forbidden on x86)
// Note: message passing with plain accesses. Plain accesses are Unordered: the writer's two writes
// Note: and the reader's two reads may each be reordered, so the reader may see the flag and miss
// Note: the data. x86-TSO keeps write→write and read→read order, so it never shows.
const o = { data: 0, flag: 0 };
const T0 = new Thread(() => {
  o.data = 1;
  o.flag = 1;
});
const T1 = new Thread(() => {
  const f = o.flag;
  const d = o.data;
  return [f, d];
});
T0.join();
T1.join();
