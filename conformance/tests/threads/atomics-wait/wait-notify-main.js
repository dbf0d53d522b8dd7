// Rule: th.atomics.wait, th.atomics.notify, th.atomics.waiter-list
// The main thread may Atomics.wait; the result depends on whether the store came first.
// Note: main waits while x is 0; T1 stores 1 then notifies. Either main's wait reads 0 and is
// Note: in the waiter list before the store (woken: "ok", notify returns 1), or it reads the
// Note: store (SeqCst) and returns "not-equal" (T1's notify found nobody: 0). A wait after a
// Note: notify that found nobody cannot read the old 0 (th.atomics.waiter-list): no deadlock.
const o = { x: 0 };
const t = new Thread(() => {
  Atomics.store(o, "x", 1);
  return Atomics.notify(o, "x");
});
print(Atomics.wait(o, "x", 0));
t.join();
