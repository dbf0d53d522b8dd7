// Rule: th.thread.join.self, th.thread.join.main, th.run.deadlock
// Main and a thread joining each other deadlock.
// Note: main joins T1 while T1 joins main: neither can finish first.
const main = Thread.current;
const t = new Thread(() => main.join());
t.join();
