// Litmus: LB+sc-reads
// Condition: exists (T0 === 1 && T1 === 1)
// Expect: weft=Never ecma=Sometimes sc=Never x86-tso=Never
// Note: SeqCst loads of plain stores do not synchronize: the JavaScript model still allows load
// Note: buffering; Weft's mm.axiom.no-thin-air forbids it.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  const r = Atomics.load(o, "x");
  o.y = 1;
  return r;
});
const T1 = new Thread(() => {
  const r = Atomics.load(o, "y");
  o.x = 1;
  return r;
});
T0.join();
T1.join();
