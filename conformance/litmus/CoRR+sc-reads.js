// Litmus: CoRR+sc-reads
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: SeqCst reads of a plainly written location are not coherent either: b reads Init, which
// Note: happens before b, but mm.axiom.sc-atomics only forbids SeqCst writes between them in
// Note: tot, and T0's write is plain. Mixing plain writes with atomic reads buys nothing.
const o = { x: 0 };
const T0 = new Thread(() => {
  o.x = 1;
});
const T1 = new Thread(() => {
  const a = Atomics.load(o, "x");
  const b = Atomics.load(o, "x");
  return [a, b];
});
T0.join();
T1.join();
