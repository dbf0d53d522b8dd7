// Rule: th.memory.locations
// Message passing with plain accesses: all four results, stale data included.
// Note: MP+plain: T1 writes data then flag, T2 reads flag then data, all plain. Nothing orders
// Note: T2's reads after T1's writes, and plain reads are not ordered among themselves for
// Note: the model, so weft allows all four results, [1, 0] (flag seen, data stale) included.
const o = { data: 0, flag: 0 };
new Thread(() => {
  o.data = 1;
  o.flag = 1;
});
new Thread(() => {
  const f = o.flag;
  const d = o.data;
  return [f, d];
});
