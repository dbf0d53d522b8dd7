// Rule: th.run.deadlock, th.run.end, th.outcome.deadlock
// A thread blocked forever makes the run deadlock although main finished.
// Note: main finishes normally, but T1 waits forever: the run ends in deadlock with main's
// Note: segment showing a normal ending.
const l = new Lock();
const c = new Condition();
new Thread(() => l.hold(() => c.wait(l)));
print("done");
