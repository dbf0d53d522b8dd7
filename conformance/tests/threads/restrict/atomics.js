// Rule: th.restrict.touch, th.atomics.common, th.atomics.notify
// Atomics on a restricted object throw ConcurrentAccessError for another thread, even when the
// property is absent (the restriction is checked before the property).
const o = Thread.restrict({ x: 1 });
const t = new Thread(() => {
  const ops = [
    () => Atomics.load(o, "x"),
    () => Atomics.load(o, "absent"),
    () => Atomics.store(o, "x", 2),
    () => Atomics.add(o, "x", 1),
    () => Atomics.compareExchange(o, "x", 1, 2),
    () => Atomics.notify(o, "x"),
  ];
  let n = 0;
  for (const f of ops) {
    try {
      f();
    } catch (e) {
      if (e instanceof ConcurrentAccessError) n++;
    }
  }
  return n;
});
print(t.join(), Atomics.load(o, "x"));
