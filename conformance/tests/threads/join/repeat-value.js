// Rule: th.thread.join.repeat
// Every join of one thread returns the same object.
const t = new Thread(() => ({ n: 1 }));
const a = t.join();
const b = t.join();
print(a === b, b.n);
