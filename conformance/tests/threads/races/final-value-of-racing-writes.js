// Rule: th.memory.locations, th.thread.join.memory
// Two unordered writes: main may see either after joining both.
// Note: two unordered plain writes; after joining both, main may read either (neither
// Note: happens before the other).
const o = { x: 0 };
const t1 = new Thread(() => {
  o.x = 1;
});
const t2 = new Thread(() => {
  o.x = 2;
});
t1.join();
t2.join();
print(o.x);
