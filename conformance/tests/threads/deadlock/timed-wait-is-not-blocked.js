// Rule: th.run.blocked, th.explore.timeout, th.atomics.wait
// A timed wait is never blocked: it times out; the forever-blocked thread remains.
// Note: main waits with a timeout for a thread that is blocked forever; a timed wait is
// Note: never blocked, so it times out; then main finishes, T1 stays blocked: deadlock.
const o = { x: 0, y: 0 };
new Thread(() => {
  Atomics.wait(o, "y", 0);
});
print(Atomics.wait(o, "x", 0, 50));
