// Rule: th.condition.wait, th.condition.memory, th.condition.spurious
// The main thread may wait on a condition; the data written under the lock is visible.
const l = new Lock();
const c = new Condition();
const o = { value: 0, ready: false };
new Thread(() => {
  l.hold(() => {
    o.value = "payload";
    o.ready = true;
  });
  c.notifyAll();
});
const v = l.hold(() => {
  while (!o.ready) c.wait(l);
  return o.value;
});
print(v);
