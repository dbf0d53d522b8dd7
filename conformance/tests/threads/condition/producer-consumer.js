// Rule: th.condition.wait, th.condition.notify, th.lock.memory
// A one-slot producer/consumer buffer under a lock and a condition hands items over exactly.
// Note: a one-slot buffer handed over twice; every access is under the lock, so the sum is
// Note: exact and the consumer sees the items in order.
const l = new Lock();
const c = new Condition();
const buf = { full: false, item: 0 };
const producer = new Thread(() => {
  for (const item of [10, 20]) {
    l.hold(() => {
      while (buf.full) c.wait(l);
      buf.item = item;
      buf.full = true;
      c.notifyAll();
    });
  }
});
const consumer = new Thread(() => {
  const got = [];
  for (let i = 0; i < 2; i++) {
    l.hold(() => {
      while (!buf.full) c.wait(l);
      got.push(buf.item);
      buf.full = false;
      c.notifyAll();
    });
  }
  return got;
});
print(consumer.join().join());
