// Rule: th.atomics.notify
// notify needs no property (and no waiter): it returns 0.
const o = {};
print(Atomics.notify(o, "nothing"), Atomics.notify(o, "nothing", 5), "nothing" in o);
