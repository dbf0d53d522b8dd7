// Litmus: MP+sc-flag-write
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: only the writer uses Atomics. A plain read of a SeqCst write does not synchronize
// Note: (mm.relation.sw.seq-cst needs both ends SeqCst), so the reader's two plain reads are
// Note: unordered. Races on data and flag; x86-TSO still forbids it.
const o = { data: 0, flag: 0 };
const T0 = new Thread(() => {
  o.data = 1;
  Atomics.store(o, "flag", 1);
});
const T1 = new Thread(() => {
  const f = o.flag;
  const d = o.data;
  return [f, d];
});
T0.join();
T1.join();
