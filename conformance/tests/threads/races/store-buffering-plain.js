// Rule: th.memory.locations
// Store buffering with plain accesses: both reads may miss.
// Note: SB+plain: each thread writes one property and reads the other. Weft allows both reads
// Note: to miss the other write ([0] and [0]) as well as the three interleaving results.
const o = { x: 0, y: 0 };
new Thread(() => {
  o.x = 1;
  return o.y;
});
new Thread(() => {
  o.y = 1;
  return o.x;
});
