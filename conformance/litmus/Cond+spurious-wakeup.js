// Litmus: Cond+spurious-wakeup
// Condition: exists (T1 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Sometimes x86-tso=Sometimes
// Note: a wait without a predicate loop: wait is a release then an acquire and may wake up
// Note: spuriously (mm.event.condition-wait), so the waiter may run before the notifier and see
// Note: 0 under every model. Always wait in a loop on a predicate (Cond+await).
const o = { data: 0, ready: 0 };
const l = new Lock();
const c = new Condition();
const T0 = new Thread(() => {
  l.hold(() => {
    o.data = 1;
    c.notify();
  });
});
const T1 = new Thread(() => {
  let d = -1;
  l.hold(() => {
    c.wait(l);
    d = o.data;
  });
  return d;
});
T0.join();
T1.join();
