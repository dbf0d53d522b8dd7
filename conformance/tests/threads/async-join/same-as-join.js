// Rule: th.thread.async-join, th.thread.join.repeat
// asyncJoin settles with the same value join returned.
const t = new Thread(() => ({ k: 1 }));
const r = t.join();
t.asyncJoin().then((v) => print(v === r));
