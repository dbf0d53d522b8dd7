// Litmus: WRC+sc-y
// Condition: exists (T1 === 1 && T2[0] === 1 && T2[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: only y is atomic. T1 → T2 synchronizes, but T0 → T1 is a plain read of a plain write,
// Note: which gives no happens-before: T0's write is not ordered before T2's read. Cumulativity
// Note: needs synchronization on every edge.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  o.x = 1;
});
const T1 = new Thread(() => {
  const r = o.x;
  Atomics.store(o, "y", 1);
  return r;
});
const T2 = new Thread(() => {
  const a = Atomics.load(o, "y");
  const b = o.x;
  return [a, b];
});
T0.join();
T1.join();
T2.join();
