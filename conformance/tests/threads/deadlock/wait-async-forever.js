// Rule: th.atomics.wait-async, th.jobs.pending, th.run.deadlock
// A waitAsync without timeout that nobody notifies keeps main pending forever.
const o = { x: 0 };
const r = Atomics.waitAsync(o, "x", 0);
r.value.then(() => print("never"));
print(r.async);
