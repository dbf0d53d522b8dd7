// Rule: th.jobs.queue, th.outcome.print
// A thread runs its own jobs after its function, in order; its lines are its own.
const t = new Thread(() => {
  Promise.resolve().then(() => {
    print("a");
    Promise.resolve().then(() => print("c"));
  });
  Promise.resolve().then(() => print("b"));
  print("fn");
  return "r";
});
Promise.resolve().then(() => print("main job"));
print("main");
