// Rule: th.jobs.reaction-thread
// Main registers a reaction on a pending promise; T1 resolves it, so the reaction runs on T1.
let resolve;
const p = new Promise((r) => {
  resolve = r;
});
p.then((v) => print("reaction", v, "on", Thread.current.id));
const t = new Thread(() => {
  resolve("x");
  return "resolved";
});
t.join();
print("main done");
