// Rule: th.atomics.wait-async
// waitAsync answers synchronously with async: false for not-equal and for timeout 0.
const o = { x: 0 };
const r1 = Atomics.waitAsync(o, "x", 1);
const r2 = Atomics.waitAsync(o, "x", 0, 0);
print(r1.async, r1.value, r2.async, r2.value);
print(JSON.stringify(r1));
