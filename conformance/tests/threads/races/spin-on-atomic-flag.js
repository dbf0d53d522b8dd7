// Rule: th.explore.spin, th.memory.sync-summary, th.atomics.load.own-data
// A busy-wait on an atomic flag: explored completely, and the data written before the flag is seen.
// Note: main spins until its Atomics.load reads T1's Atomics.store; they synchronize, so the
// Note: plain data write happens before main's read: always 1. Spinning reads that repeat
// Note: without a new write are not re-explored (th.explore.spin), so the search ends.
const o = { flag: 0, data: 0 };
new Thread(() => {
  o.data = 1;
  Atomics.store(o, "flag", 1);
});
while (Atomics.load(o, "flag") === 0) {}
print(o.data);
