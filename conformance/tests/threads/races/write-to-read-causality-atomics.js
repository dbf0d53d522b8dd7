// Rule: th.atomics.store, th.atomics.load.own-data
// Write-to-read causality holds when every access is atomic.
// Note: WRC with every access atomic: T3 seeing T2's y = 1 means x = 1 happened before, so
// Note: [1, 0] is forbidden; the other five results remain.
const o = { x: 0, y: 0 };
new Thread(() => {
  Atomics.store(o, "x", 1);
});
new Thread(() => {
  const r = Atomics.load(o, "x");
  if (r === 1) Atomics.store(o, "y", 1);
  return r;
});
new Thread(() => {
  const y = Atomics.load(o, "y");
  const x = Atomics.load(o, "x");
  return [y, x];
});
