// Rule: th.atomics.wait, th.run.blocked, th.run.deadlock
// An Atomics.wait without timeout that nobody notifies blocks the only thread: a deadlock.
const o = { x: 0 };
print("waiting");
Atomics.wait(o, "x", 0);
print("never");
