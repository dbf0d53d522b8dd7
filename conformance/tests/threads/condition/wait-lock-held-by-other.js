// Rule: th.condition.wait, th.error.condition-lock, th.atomics.waiter-list
// wait with a lock held by another thread throws a TypeError.
// Note: T1 holds the lock while main calls wait on it: a lock held by another thread is not
// Note: held by the current thread, so wait throws a TypeError. Atomics.wait orders the steps.
const l = new Lock();
const c = new Condition();
const s = { held: 0, done: 0 };
const t = new Thread(() =>
  l.hold(() => {
    Atomics.store(s, "held", 1);
    Atomics.notify(s, "held");
    while (Atomics.load(s, "done") === 0) Atomics.wait(s, "done", 0);
    return "released";
  }),
);
while (Atomics.load(s, "held") === 0) Atomics.wait(s, "held", 0);
try {
  c.wait(l);
  print("no error");
} catch (e) {
  print(e instanceof TypeError);
}
Atomics.store(s, "done", 1);
Atomics.notify(s, "done");
print(t.join());
