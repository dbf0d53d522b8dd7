// Rule: th.condition.wait, th.lock.non-recursive
// wait returns undefined and the thread holds the lock again when it returns.
const l = new Lock();
const c = new Condition();
const o = { go: false };
const t = new Thread(() =>
  l.hold(() => {
    let r = "not waited";
    while (!o.go) r = c.wait(l);
    try {
      l.hold(() => 0);
      return [r, "not held"];
    } catch (e) {
      return [r, e.message];
    }
  }),
);
l.hold(() => {
  o.go = true;
  c.notify();
});
t.join();
