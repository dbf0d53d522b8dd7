// Rule: th.thread.finish, th.thread.join.blocks, th.jobs.queue
// join waits until the thread's job queue is empty; the jobs do not change the result.
const o = { x: 0 };
const t = new Thread(() => {
  Promise.resolve().then(() => {
    o.x = 1;
    return Promise.resolve();
  }).then(() => {
    o.x = 2;
  });
  return "r";
});
print(t.join(), o.x);
