// Rule: th.thread.join.same-value, th.outcome.display
// A returned -0 comes back as -0 (not +0), and is displayed as -0.
const t = new Thread(() => -0);
const r = t.join();
print(Object.is(r, -0), 1 / r);
