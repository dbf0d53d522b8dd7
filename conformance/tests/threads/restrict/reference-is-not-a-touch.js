// Rule: th.restrict.touch
// Holding, passing, comparing and storing a reference to a restricted object is allowed.
const o = Thread.restrict({ x: 1 });
const holder = { ref: null };
const t = new Thread((arg) => {
  holder.ref = arg;
  const same = arg === o;
  const typ = typeof arg;
  return [same, typ];
}, o);
print(t.join().join(), holder.ref === o);
