// Rule: th.thread.async-join, th.thread.join.main
// A thread may asyncJoin the main thread; it sees main's writes and finishes after.
const o = { x: 0 };
const main = Thread.current;
new Thread(() => {
  main.asyncJoin().then((v) => print(v, o.x));
});
o.x = 1;
