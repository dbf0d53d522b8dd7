// Litmus: IRIW+sc-writes
// Condition: exists (T2[0] === 1 && T2[1] === 0 && T3[0] === 1 && T3[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: SeqCst writes, plain reads: plain reads are constrained by the SeqCst order only when
// Note: they happen after the write they read (mm.axiom.sc-atomics (b)), and here nothing
// Note: happens before them. Allowed by the JavaScript model.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
});
const T1 = new Thread(() => {
  Atomics.store(o, "y", 1);
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
