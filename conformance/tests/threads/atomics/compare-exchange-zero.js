// Rule: th.atomics.compare-exchange
// SameValueZero: +0 matches -0 and -0 matches +0; the old value is returned as it was.
const o = { x: -0 };
const old = Atomics.compareExchange(o, "x", 0, 5);
print(Object.is(old, -0), o.x);
o.x = 0;
const old2 = Atomics.compareExchange(o, "x", -0, 7);
print(Object.is(old2, 0), o.x);
