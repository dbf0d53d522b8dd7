// Rule: th.atomics.compare-exchange
// compareExchange writes only on a match and returns the old value either way.
const o = { x: 1 };
print(Atomics.compareExchange(o, "x", 2, 3), o.x);
print(Atomics.compareExchange(o, "x", 1, 3), o.x);
print(Atomics.compareExchange(o, "x", "3", 4), o.x);
try {
  Atomics.compareExchange(o, "y", undefined, 1);
} catch (e) {
  print(e instanceof TypeError, "y" in o);
}
