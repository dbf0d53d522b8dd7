// Rule: th.memory.sync-summary, th.lock.memory
// Synchronization on the writer's side only does not order the reader.
// Note: synchronization needs both ends: an atomic store read by a plain read, or a lock
// Note: taken by the writer only, orders nothing for the reader, so [1, 0] stays allowed.
const o = { data: 0, flag: 0 };
const l = new Lock();
new Thread(() => {
  l.hold(() => {
    o.data = 1;
  });
  Atomics.store(o, "flag", 1);
});
new Thread(() => {
  const f = o.flag;
  const d = o.data;
  return [f, d];
});
