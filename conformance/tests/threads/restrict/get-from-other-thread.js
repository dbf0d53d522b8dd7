// Rule: th.restrict.touch, th.error.concurrent-access, th.restrict.error-class
// Another thread reading a property of a restricted object gets a ConcurrentAccessError.
const o = Thread.restrict({ x: 1 });
const t = new Thread(() => {
  try {
    return ["read", o.x];
  } catch (e) {
    return [e instanceof ConcurrentAccessError, e instanceof Error, e.name];
  }
});
print(t.join().join());
