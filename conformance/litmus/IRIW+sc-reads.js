// Litmus: IRIW+sc-reads
// Condition: exists (T2[0] === 1 && T2[1] === 0 && T3[0] === 1 && T3[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: plain writes, SeqCst reads: a SeqCst read is ordered against SeqCst writes only, and
// Note: there are none, so the readers may disagree. Making only the reads atomic does not help.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  o.x = 1;
});
const T1 = new Thread(() => {
  o.y = 1;
});
const T2 = new Thread(() => {
  const a = Atomics.load(o, "x");
  const b = Atomics.load(o, "y");
  return [a, b];
});
const T3 = new Thread(() => {
  const c = Atomics.load(o, "y");
  const d = Atomics.load(o, "x");
  return [c, d];
});
T0.join();
T1.join();
T2.join();
T3.join();
