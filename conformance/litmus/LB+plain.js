// Litmus: LB+plain
// Condition: exists (T0 === 1 && T1 === 1)
// Expect: weft=Never ecma=Sometimes sc=Never x86-tso=Never
// Cite: Alglave, Maranget, Tautschnig, "Herding Cats", TOPLAS 2014 (herd7 test LB; x86tso.cat verdict forbidden)
// Cite: Sewell, Sarkar, Owens, Zappa Nardelli, Myreen, "x86-TSO", CACM 2010 (LB: forbidden on x86)
// Cite: ECMA-262 §29 (sec-memory-model) allows load buffering for Unordered accesses
// Note: load buffering: each read reads the other thread's later write. The JavaScript model
// Note: allows it (no axiom orders a plain read before a later plain write). Weft forbids it:
// Note: the execution has the cycle read x →po write y →rf read y →po write x →rf read x, which
// Note: mm.axiom.no-thin-air rules out; x86-TSO never reorders a load with a later store.
let x = 0;
let y = 0;
const T0 = new Thread(() => {
  const r = x;
  y = 1;
  return r;
});
const T1 = new Thread(() => {
  const r = y;
  x = 1;
  return r;
});
T0.join();
T1.join();
