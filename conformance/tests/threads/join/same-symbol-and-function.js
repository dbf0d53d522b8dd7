// Rule: th.thread.join.same-value, th.outcome.display
// Symbols and functions come back as the same values.
const sym = Symbol("s");
function named() {}
const t1 = new Thread(() => sym);
const t2 = new Thread(() => named);
const t3 = new Thread(() => () => 1);
print(t1.join() === sym, t2.join() === named, typeof t3.join());
