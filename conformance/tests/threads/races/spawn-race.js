// Rule: th.thread.create, th.thread.memory
// A write after new Thread races with the thread's read.
// Note: main writes after new Thread: that write races with the thread's read, which may
// Note: return the value from before the spawn (0) or the new one (1).
const o = { x: 0 };
const t = new Thread(() => o.x);
o.x = 1;
t.join();
