// Rule: th.atomics.bitwise
// and/or/xor apply ToInt32 to both sides, write an int32 and return the old value unconverted.
const o = { a: 2 ** 32 + 6, b: 5, c: 5, d: NaN };
print(Atomics.and(o, "a", 3), o.a);
print(Atomics.or(o, "b", -1.5), o.b);
print(Atomics.xor(o, "c", 3), o.c);
print(Atomics.or(o, "d", 4), o.d);
