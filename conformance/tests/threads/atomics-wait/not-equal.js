// Rule: th.atomics.wait
// wait returns "not-equal" at once when the value differs (SameValueZero) from expected.
const o = { x: 0, s: "a" };
print(Atomics.wait(o, "x", 1), Atomics.wait(o, "s", "b"), Atomics.wait(o, "x", "0"));
