// Rule: th.condition.notify
// notify wakes one waiter, which one is not specified.
// Note: two waiters, one ticket at a time: notify wakes one of them (either), so the order in
// Note: which they take tickets is 1,2 or 2,1; each notify returns 1.
const l = new Lock();
const c = new Condition();
const ready = new Condition();
const done = new Condition();
const s = { waiting: 0, tickets: 0, order: [] };
function waiter() {
  l.hold(() => {
    s.waiting = s.waiting + 1;
    ready.notify();
    while (s.tickets === 0) c.wait(l);
    s.tickets = s.tickets - 1;
    s.order.push(Thread.current.id);
    done.notify();
  });
}
new Thread(waiter);
new Thread(waiter);
l.hold(() => {
  while (s.waiting < 2) ready.wait(l);
  s.tickets = 1;
  print(c.notify());
  while (s.order.length < 1) done.wait(l);
  s.tickets = 1;
  print(c.notify());
  while (s.order.length < 2) done.wait(l);
});
print(s.order.join());
