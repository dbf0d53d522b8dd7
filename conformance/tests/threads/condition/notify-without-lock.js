// Rule: th.condition.notify
// notify may be called without holding any lock.
// Note: notifying needs no lock; T1 is known to be waiting (announced under the lock), so
// Note: notify returns 1.
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
});
print(c.notify());
t.join();
