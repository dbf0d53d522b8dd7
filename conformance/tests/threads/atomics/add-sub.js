// Rule: th.atomics.add, th.atomics.sub
// add and sub return the old value and write old + v / old - v on doubles.
const o = { x: 1, y: 10 };
print(Atomics.add(o, "x", 0.5), o.x);
print(Atomics.sub(o, "y", 2.25), o.y);
print(Atomics.add(o, "x", -1.5), o.x);
const big = { n: 2 ** 53 };
Atomics.add(big, "n", 2);
print(big.n === 2 ** 53 + 2);
