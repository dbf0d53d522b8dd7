// Rule: th.explore.spin, th.memory.locations
// A busy-wait on a plain flag leaves the loop but synchronizes nothing: the data may be stale.
// Note: MP+await+plain: main's plain read that finally sees flag = 1 does not synchronize with
// Note: T1's plain write, so main's later plain read of data may still return the initial 0.
const o = { flag: 0, data: 0 };
new Thread(() => {
  o.data = 1;
  o.flag = 1;
});
while (o.flag === 0) {}
print(o.data);
