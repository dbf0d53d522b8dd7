// Litmus: Cond+await+unlocked-writer
// Condition: exists (T1 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: the notifier writes without taking the lock: the waiter's lock synchronizes with no one,
// Note: so after seeing ready = 1 it may still read data = 0 (MP+plain). Condition variables
// Note: only work when the state they guard is written under the lock.
const o = { data: 0, ready: 0 };
const l = new Lock();
const c = new Condition();
const T0 = new Thread(() => {
  o.data = 1;
  o.ready = 1;
  c.notify();
});
const T1 = new Thread(() => {
  let d = -1;
  l.hold(() => {
    while (!o.ready) {
      c.wait(l);
    }
    d = o.data;
  });
  return d;
});
T0.join();
T1.join();
