// Rule: th.thread.join.same-value, th.outcome.display
// A returned NaN comes back as NaN.
const t = new Thread(() => 0 / 0);
const r = t.join();
print(Number.isNaN(r), Object.is(r, NaN));
