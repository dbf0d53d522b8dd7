// Rule: th.memory.locations
// Load buffering: weft forbids both reads seeing the other thread's later write.
// Note: LB+plain: each thread reads one property then writes the other. Both reading 1 would
// Note: need each read to read a write that comes after the other read: a po+rf cycle that
// Note: weft forbids (mm.axiom.no-thin-air), although ECMA-262 alone allows it.
const o = { x: 0, y: 0 };
new Thread(() => {
  const r = o.x;
  o.y = 1;
  return r;
});
new Thread(() => {
  const r = o.y;
  o.x = 1;
  return r;
});
