// Rule: th.lock.async-hold, th.lock.async-hold.pending, th.lock.memory, th.atomics.waiter-list
// asyncHold of a lock another thread holds waits (without blocking) and then sees its writes.
// Note: T1 holds the lock until main has asked for it; main's fn runs after T1's release and
// Note: sees T1's write (release -> acquire). Main stays alive while the acquisition pends.
const l = new Lock();
const s = { held: 0, go: 0 };
const o = { x: 0 };
new Thread(() =>
  l.hold(() => {
    Atomics.store(s, "held", 1);
    Atomics.notify(s, "held");
    while (Atomics.load(s, "go") === 0) Atomics.wait(s, "go", 0);
    o.x = 1;
  }),
);
while (Atomics.load(s, "held") === 0) Atomics.wait(s, "held", 0);
l.asyncHold(() => o.x).then((v) => print("saw", v));
print("requested");
Atomics.store(s, "go", 1);
Atomics.notify(s, "go");
