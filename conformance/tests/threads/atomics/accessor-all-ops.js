// Rule: th.atomics.own-data, th.error.atomics-not-own-data
// Every operation that needs an own data property rejects an accessor without calling it.
let calls = 0;
const o = {
  get x() {
    calls++;
    return 0;
  },
  set x(v) {
    calls++;
  },
};
const ops = [
  () => Atomics.add(o, "x", 1),
  () => Atomics.exchange(o, "x", 1),
  () => Atomics.compareExchange(o, "x", 0, 1),
  () => Atomics.wait(o, "x", 0, 0),
  () => Atomics.waitAsync(o, "x", 0, 0),
];
let n = 0;
for (const f of ops) {
  try {
    f();
  } catch (e) {
    if (e instanceof TypeError) n++;
  }
}
print(n, calls);
