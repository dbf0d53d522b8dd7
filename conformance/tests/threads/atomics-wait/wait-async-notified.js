// Rule: th.atomics.wait-async, th.jobs.async-settle
// waitAsync's promise resolves "ok" on the calling thread when another thread notifies.
// Note: waitAsync joins the list during the call, so T1's notify (created after) finds it:
// Note: returns 1, and the promise resolves "ok" in a job of main, the thread that asked.
const o = { x: 0 };
const r = Atomics.waitAsync(o, "x", 0);
print(r.async, r.value instanceof Promise);
r.value.then((v) => print(v, "on", Thread.current.id));
const t = new Thread(() => Atomics.notify(o, "x"));
