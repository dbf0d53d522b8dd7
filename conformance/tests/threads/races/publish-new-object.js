// Rule: th.memory.init
// A racily published new object shows its initial values.
// Note: T1 publishes a new object by a plain write. A reader that gets the reference sees the
// Note: object's initial values, never absent (mm.race.new-object): -1 (not yet) or 1.
const o = { p: null };
new Thread(() => {
  o.p = { v: 1 };
});
new Thread(() => {
  const p = o.p;
  return p === null ? -1 : p.v;
});
