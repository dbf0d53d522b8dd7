// Litmus: MP+rmw-flag
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: the flag is set by Atomics.exchange and read by Atomics.add(…, 0): read-modify-writes are
// Note: SeqCst reads and writes, so they synchronize like store and load.
const o = { data: 0, flag: 0 };
const T0 = new Thread(() => {
  o.data = 1;
  Atomics.exchange(o, "flag", 1);
});
const T1 = new Thread(() => {
  const f = Atomics.add(o, "flag", 0);
  const d = o.data;
  return [f, d];
});
T0.join();
T1.join();
