// Rule: th.memory.init
// A write after creation is not ordered for a racing reader.
// Note: a write after creation (q.v = 2) is an ordinary plain write. It comes before the
// Note: publishing write in T1's program order, but nothing orders it before T2's read of
// Note: q.v: a reader that got the reference may see 2 or the initial 1 (or no object: -1).
const o = { p: null };
new Thread(() => {
  const q = { v: 1 };
  q.v = 2;
  o.p = q;
});
new Thread(() => {
  const p = o.p;
  return p === null ? -1 : p.v;
});
