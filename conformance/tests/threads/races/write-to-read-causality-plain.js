// Rule: th.memory.locations
// Write-to-read causality fails for plain accesses.
// Note: WRC+plain: T2 passes on what it read of x by writing y; T3 reads y then x. Without
// Note: synchronization T3 may see y = 1 and still the old x (0). T3's y is 1 only if T2 read
// Note: 1 (T2 writes y only then). 2 + 4 results.
const o = { x: 0, y: 0 };
new Thread(() => {
  o.x = 1;
});
new Thread(() => {
  const r = o.x;
  if (r === 1) o.y = 1;
  return r;
});
new Thread(() => {
  const y = o.y;
  const x = o.x;
  return [y, x];
});
