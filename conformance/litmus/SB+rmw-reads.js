// Litmus: SB+rmw-reads
// Condition: exists (T0 === 0 && T1 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: plain stores, then a read of the other location by Atomics.add(…, 0). The RMW reads Init;
// Note: the only SeqCst write of that location is the RMW itself, so no SeqCst clause applies and
// Note: the JavaScript model allows SB. On x86-64 lock xadd is a full fence, so it cannot happen.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  o.x = 1;
  const r = Atomics.add(o, "y", 0);
  return r;
});
const T1 = new Thread(() => {
  o.y = 1;
  const r = Atomics.add(o, "x", 0);
  return r;
});
T0.join();
T1.join();
