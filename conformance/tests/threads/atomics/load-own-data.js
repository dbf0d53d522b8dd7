// Rule: th.atomics.load.own-data, th.atomics.common
// load returns the value of an own data property: plain keys, array elements, length, symbols.
const s = Symbol("s");
const o = { x: 1, [s]: "sym" };
const a = [10, 20];
print(Atomics.load(o, "x"), Atomics.load(a, 1), Atomics.load(a, "length"), Atomics.load(o, s));
