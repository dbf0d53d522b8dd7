// Rule: th.atomics.wait, th.explore.timeout
// With nobody to notify, a wait with a finite timeout ends "timed-out" (0, negative, or 10 ms).
// -0 equals 0 and NaN equals NaN for wait's comparison, so these waits sleep.
const o = { x: -0, n: NaN };
print(Atomics.wait(o, "x", 0, 0), Atomics.wait(o, "n", NaN, -5), Atomics.wait(o, "x", 0, 10));
