// Rule: th.atomics.notify, th.atomics.wait-async
// notify with a count wakes the oldest waiters first and returns how many it woke.
// Note: main's two waitAsync calls join the list in order a, b. T1's notify with count 1 wakes
// Note: the oldest (a); only a's reaction notifies again, which wakes b. Had T1 woken b, a
// Note: would never settle and main would wait for it forever (a deadlock outcome).
const o = { x: 0 };
const a = Atomics.waitAsync(o, "x", 0);
const b = Atomics.waitAsync(o, "x", 0);
a.value.then((v) => {
  print("a", v);
  print("second notify woke", Atomics.notify(o, "x"));
});
b.value.then((v) => print("b", v));
const t = new Thread(() => Atomics.notify(o, "x", 1));
print("first notify woke", t.join(), "then", Atomics.notify(o, "x", 0));
