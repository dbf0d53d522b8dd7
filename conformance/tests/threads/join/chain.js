// Rule: th.thread.join.same-value, th.thread.join.blocks
// A value passes through a chain of joins unchanged.
const obj = { deep: true };
const t1 = new Thread(() => new Thread(() => new Thread(() => obj).join()).join());
print(t1.join() === obj);
