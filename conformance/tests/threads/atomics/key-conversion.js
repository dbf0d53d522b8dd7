// Rule: th.atomics.common
// Keys go through ToPropertyKey: numbers name elements, objects their string, symbols themselves.
const a = [1, 2, 3];
const o = { "1.5": "frac", k: "obj" };
const key = { toString: () => "k" };
print(Atomics.load(a, 2), Atomics.load(a, "2"), Atomics.load(o, 1.5), Atomics.load(o, key));
Atomics.store(a, 0, 9);
print(a[0], a.length);
