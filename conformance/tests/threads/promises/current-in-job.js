// Rule: th.thread.current, th.jobs.queue
// Thread.current in a job is the thread the job runs on, the same object as in the function.
const o = { same: null, id: null };
const t = new Thread(() => {
  const me = Thread.current;
  Promise.resolve().then(() => {
    o.same = Thread.current === me;
    o.id = Thread.current.id;
  });
});
t.join();
print(o.same, o.id);
