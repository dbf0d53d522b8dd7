// Rule: th.condition.notify, th.condition.wait
// notify with one waiter returns 1 and wakes it.
// Note: main notifies only once it knows T1 waits (T1 announced it under the lock, and wait
// Note: joins the waiters and releases in one step), so notify returns exactly 1.
const l = new Lock();
const c = new Condition();
const ready = new Condition();
const s = { waiting: false, go: false };
const t = new Thread(() =>
  l.hold(() => {
    s.waiting = true;
    ready.notify();
    while (!s.go) c.wait(l);
    return "woken";
  }),
);
l.hold(() => {
  while (!s.waiting) ready.wait(l);
  s.go = true;
  print(c.notify());
});
t.join();
