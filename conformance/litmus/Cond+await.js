// Litmus: Cond+await
// Condition: forall (T1 === 1)
// Expect: weft=Always ecma=Always sc=Always x86-tso=Always
// Note: the standard condition-variable handshake: the waiter checks the predicate under the
// Note: lock and waits until it holds (mm.execution.await). It can only see ready = 1 in a
// Note: critical section that follows the notifier's, so it sees the data too. notify has no
// Note: memory event (mm.event.condition-notify): the lock carries the information.
const o = { data: 0, ready: 0 };
const l = new Lock();
const c = new Condition();
const T0 = new Thread(() => {
  l.hold(() => {
    o.data = 1;
    o.ready = 1;
    c.notify();
  });
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
