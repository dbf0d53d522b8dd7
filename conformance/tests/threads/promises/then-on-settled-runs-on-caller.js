// Rule: th.jobs.reaction-thread
// then on an already settled promise enqueues the reaction on the thread calling then.
const p = Promise.resolve(5);
const t = new Thread(() => {
  p.then((v) => print("got", v, "on", Thread.current.id));
  return "t";
});
p.then((v) => print("main got", v, "on", Thread.current.id));
