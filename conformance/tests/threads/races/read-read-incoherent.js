// Rule: th.memory.locations
// Two plain reads of one property may see the new value and then the old.
// Note: CoRR+plain: two plain reads of one location by one thread may see the new value and
// Note: then the old one (mm.axiom.note.plain-coherence): all four pairs are allowed.
const o = { x: 0 };
new Thread(() => {
  o.x = 1;
});
new Thread(() => {
  const a = o.x;
  const b = o.x;
  return [a, b];
});
