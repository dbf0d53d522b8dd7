// Rule: th.condition.wait, th.condition.notify, th.condition.memory, th.condition.spurious, th.explore.spurious
// The standard condition-variable handshake: the waiter always sees the data.
// Note: the waiter checks its predicate under the lock and waits in a loop (Cond+await): it
// Note: can only leave after the notifier's critical section, so it sees the data.
const l = new Lock();
const c = new Condition();
const o = { data: 0, ready: false };
const waiter = new Thread(() =>
  l.hold(() => {
    while (!o.ready) c.wait(l);
    return o.data;
  }),
);
new Thread(() =>
  l.hold(() => {
    o.data = 42;
    o.ready = true;
    c.notify();
  }),
);
print(waiter.join());
