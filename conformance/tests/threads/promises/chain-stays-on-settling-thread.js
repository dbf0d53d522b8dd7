// Rule: th.jobs.reaction-thread
// The derived promises of a chain are settled by the jobs that run on T1, so the whole chain
// runs on T1.
let resolve;
const p = new Promise((r) => {
  resolve = r;
});
p.then((v) => v + 1)
  .then((v) => v * 10)
  .then((v) => print("end", v, "on", Thread.current.id));
new Thread(() => resolve(1));
