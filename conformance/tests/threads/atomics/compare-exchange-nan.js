// Rule: th.atomics.compare-exchange
// SameValueZero: NaN matches NaN, so the exchange succeeds (=== would never match).
const o = { x: NaN };
const old = Atomics.compareExchange(o, "x", NaN, 1);
print(Number.isNaN(old), o.x);
print(Atomics.compareExchange(o, "x", NaN, 2), o.x);
