// Rule: th.atomics.notify, th.atomics.wait-async
// notify with a count wakes the oldest waiters first and returns how many it woke.
// Note: main's two waitAsync calls join the list in order a, b. T1's notify with count 1 wakes
// Note: the oldest (a); main's notify then wakes b. Each promise resolves "ok" on main.
const o = { x: 0 };
const a = Atomics.waitAsync(o, "x", 0);
const b = Atomics.waitAsync(o, "x", 0);
a.value.then((v) => print("a", v));
b.value.then((v) => print("b", v));
const t = new Thread(() => Atomics.notify(o, "x", 1));
print(t.join(), Atomics.notify(o, "x", 0), Atomics.notify(o, "x"));
