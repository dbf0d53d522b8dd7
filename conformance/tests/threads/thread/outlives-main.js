// Rule: th.thread.finish, th.run.end
// The run ends only when every thread has finished, even one that outlives the main script.
new Thread(() => {
  const inner = new Thread(() => 5);
  return inner.join() + 1;
});
