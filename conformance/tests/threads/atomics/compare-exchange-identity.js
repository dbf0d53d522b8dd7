// Rule: th.atomics.compare-exchange
// Objects match only themselves.
const a = { v: 1 };
const o = { x: a };
print(Atomics.compareExchange(o, "x", { v: 1 }, "b") === a, o.x === a);
print(Atomics.compareExchange(o, "x", a, "b") === a, o.x);
