// Rule: th.jobs.reaction-thread
// then racing with resolve: the reaction runs on the settling or on the calling thread.
// Note: T1 calls then while T2 resolves. If then comes first the reaction waits in the
// Note: promise and runs on T2 (the settling thread); if the resolution comes first, then
// Note: finds the promise settled and the reaction runs on T1 (the caller).
let resolve;
const p = new Promise((r) => {
  resolve = r;
});
new Thread(() => {
  p.then((v) => print("reaction on", Thread.current.id, v));
});
new Thread(() => resolve("v"));
