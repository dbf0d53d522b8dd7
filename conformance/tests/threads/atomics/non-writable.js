// Rule: th.atomics.own-data, th.error.atomics-not-own-data
// A frozen object's properties can be loaded but not changed by any writing operation.
const o = Object.freeze({ x: 1 });
print(Atomics.load(o, "x"));
const ops = [
  () => Atomics.add(o, "x", 1),
  () => Atomics.exchange(o, "x", 2),
  () => Atomics.compareExchange(o, "x", 1, 2),
];
for (const f of ops) {
  try {
    f();
    print("no error");
  } catch (e) {
    print(e instanceof TypeError);
  }
}
print(o.x);
