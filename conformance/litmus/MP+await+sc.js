// Litmus: MP+await+sc
// Condition: forall (T1 === 1)
// Expect: weft=Always ecma=Always sc=Always x86-tso=Always
// Note: the reader waits for the flag (mm.execution.await: only executions in which the awaited
// Note: load reads 1 are kept) and then must see the data.
const o = { data: 0, flag: 0 };
const T0 = new Thread(() => {
  o.data = 1;
  Atomics.store(o, "flag", 1);
});
const T1 = new Thread(() => {
  while (Atomics.load(o, "flag") === 0) {}
  const d = o.data;
  return d;
});
T0.join();
T1.join();
