// Rule: th.thread.join.memory, th.thread.join.blocks
// After join, main sees the thread's last writes.
// Note: the thread's plain writes happen before everything after join (mm.relation.sw.join),
// Note: so main reads exactly the last values, never the initial ones.
const o = { x: 0, y: 0 };
const t = new Thread(() => {
  o.x = 1;
  o.y = 2;
  o.x = 3;
  o.z = 4;
});
t.join();
print(o.x, o.y, o.z);
