// Rule: th.condition.notify-all, th.condition.wait
// notifyAll returns the number of waiters it woke.
// Note: both threads wait before main notifies; notifyAll returns 2; the woken threads are no
// Note: longer waiters (they wait for the lock), so a notify right after returns 0.
const l = new Lock();
const c = new Condition();
const ready = new Condition();
const s = { waiting: 0, go: false };
function waiter() {
  return l.hold(() => {
    s.waiting = s.waiting + 1;
    ready.notify();
    while (!s.go) c.wait(l);
    return Thread.current.id;
  });
}
const t1 = new Thread(waiter);
const t2 = new Thread(waiter);
l.hold(() => {
  while (s.waiting < 2) ready.wait(l);
  s.go = true;
  print(c.notifyAll(), c.notify());
});
print(t1.join(), t2.join());
