// Rule: th.jobs.pending, th.run.blocked, th.run.deadlock, th.thread.async-join
// A pending asyncJoin of a thread blocked forever leaves main blocked: deadlock.
// Note: main's script ends, but its asyncJoin of a thread that waits forever stays pending:
// Note: main is blocked (not finished), so the run deadlocks.
const o = { x: 0 };
const t = new Thread(() => {
  Atomics.wait(o, "x", 0);
});
t.asyncJoin().then(() => print("never"));
print("sync");
