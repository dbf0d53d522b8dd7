// Litmus: MP+sc-flag-read
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: only the reader uses Atomics. A SeqCst read of a plain write does not synchronize either,
// Note: so the writer's plain writes may be seen out of order.
const o = { data: 0, flag: 0 };
const T0 = new Thread(() => {
  o.data = 1;
  o.flag = 1;
});
const T1 = new Thread(() => {
  const f = Atomics.load(o, "flag");
  const d = o.data;
  return [f, d];
});
T0.join();
T1.join();
