// Litmus: SB+sc-loads
// Condition: exists (T0 === 0 && T1 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Sometimes
// Note: plain stores, SeqCst loads: the loads read Init and there is no SeqCst write of either
// Note: location, so mm.axiom.sc-atomics has nothing to say. On x86-64 both are plain movs: SB.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  o.x = 1;
  const r = Atomics.load(o, "y");
  return r;
});
const T1 = new Thread(() => {
  o.y = 1;
  const r = Atomics.load(o, "x");
  return r;
});
T0.join();
T1.join();
