// Rule: th.thread.join.main, th.thread.main, th.thread.join.memory
// A thread may join main; main finishes after its script and its jobs, whose writes are visible.
const o = { x: 0 };
const main = Thread.current;
new Thread(() => {
  const r = main.join();
  return [r, o.x];
});
o.x = 1;
Promise.resolve().then(() => {
  o.x = 2;
});
print("main end");
