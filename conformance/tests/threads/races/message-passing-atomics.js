// Rule: th.atomics.store, th.atomics.load.own-data, th.memory.sync-summary
// Message passing through an Atomics flag: [1, 0] is forbidden.
// Note: MP with an atomic flag: when T2's Atomics.load reads T1's Atomics.store, they
// Note: synchronize (mm.relation.sw.seq-cst), so T1's earlier plain data write happens before
// Note: T2's data read, which can no longer read the initial 0: [1, 0] is forbidden. With
// Note: flag 0 the data read is still racy: [0, 0] and [0, 1].
const o = { data: 0, flag: 0 };
new Thread(() => {
  o.data = 1;
  Atomics.store(o, "flag", 1);
});
new Thread(() => {
  const f = Atomics.load(o, "flag");
  const d = o.data;
  return [f, d];
});
