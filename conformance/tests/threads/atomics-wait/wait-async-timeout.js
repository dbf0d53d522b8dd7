// Rule: th.atomics.wait-async, th.explore.timeout, th.run.blocked
// A waitAsync with a finite timeout that nobody notifies resolves "timed-out"; no deadlock.
const o = { x: 0 };
Atomics.waitAsync(o, "x", 0, 10).value.then((v) => print(v));
print("sync");
