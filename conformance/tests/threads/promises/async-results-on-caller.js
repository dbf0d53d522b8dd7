// Rule: th.jobs.async-settle, th.thread.async-join, th.lock.async-hold
// asyncJoin and asyncHold promises settle on the thread that called them, whatever thread
// finished or released; their reactions run there.
const l = new Lock();
const t1 = new Thread(() => l.hold(() => "t1"));
const t2 = new Thread(() => {
  t1.asyncJoin().then((v) => print("join", v, "on", Thread.current.id));
  l.asyncHold(() => Thread.current.id).then((id) => print("hold ran on", id));
  return "t2";
});
t2.join();
