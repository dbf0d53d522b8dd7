// Litmus: LB+sc-writes
// Condition: exists (T0 === 1 && T1 === 1)
// Expect: weft=Never ecma=Sometimes sc=Never x86-tso=Never
// Note: plain loads of SeqCst stores: no synchronization, so ecma allows LB; weft does not.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  const r = o.x;
  Atomics.store(o, "y", 1);
  return r;
});
const T1 = new Thread(() => {
  const r = o.y;
  Atomics.store(o, "x", 1);
  return r;
});
T0.join();
T1.join();
