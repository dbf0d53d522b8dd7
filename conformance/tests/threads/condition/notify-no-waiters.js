// Rule: th.condition.create, th.condition.notify, th.condition.notify-all
// With nobody waiting, notify and notifyAll return 0; no lock is needed.
const c = new Condition();
print(c.notify(), c.notifyAll());
const l = new Lock();
print(l.hold(() => c.notify()));
