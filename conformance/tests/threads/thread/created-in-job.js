// Rule: th.thread.create, th.jobs.queue
// A thread created in a job of the main thread is an ordinary thread.
Promise.resolve().then(() => {
  const t = new Thread(() => Thread.current.id);
  print("in job", t.join());
});
print("script");
