// Rule: th.thread.async-join, th.thread.join.memory
// The settlement of asyncJoin is a join: the thread's writes are visible in the reaction.
const o = { x: 0 };
const t = new Thread(() => {
  o.x = 1;
  o.x = 2;
});
t.asyncJoin().then(() => print(o.x));
