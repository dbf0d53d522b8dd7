// Rule: th.thread.memory, th.memory.init
// Writes before new Thread are visible to the thread.
// Note: everything main wrote before new Thread happens before the thread's start
// Note: (mm.relation.sw.spawn): the thread sees the last values, never the initial ones.
const o = { x: 0 };
let b = "init";
o.x = 1;
o.x = 2;
b = "changed";
const t = new Thread(() => [o.x, b]);
print(t.join().join());
