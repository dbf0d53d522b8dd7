// Litmus: MP+sc-data
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: the data is atomic, the flag plain: the wrong variable is atomic. The reader's SeqCst
// Note: load of data may read Init: mm.axiom.sc-atomics (c) only forbids a SeqCst write of data
// Note: between Init and the load in tot when Init happens before that write, which it does, but
// Note: tot may place the data store after the load — nothing orders the plain flag accesses.
const o = { data: 0, flag: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "data", 1);
  o.flag = 1;
});
const T1 = new Thread(() => {
  const f = o.flag;
  const d = Atomics.load(o, "data");
  return [f, d];
});
T0.join();
T1.join();
