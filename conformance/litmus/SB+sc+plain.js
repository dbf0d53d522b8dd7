// Litmus: SB+sc+plain
// Condition: exists (T0 === 0 && T1 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Sometimes
// Note: SB with one side atomic. T1 is plain, so T1's read of x is constrained by nothing and
// Note: T0's SeqCst load of y reads Init with no SeqCst write of y to order against. On x86-64
// Note: T0's xchg is a fence but T1's plain store can still sit in T1's store buffer.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
  const r = Atomics.load(o, "y");
  return r;
});
const T1 = new Thread(() => {
  o.y = 1;
  const r = o.x;
  return r;
});
T0.join();
T1.join();
