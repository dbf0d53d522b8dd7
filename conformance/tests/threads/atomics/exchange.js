// Rule: th.atomics.exchange, th.error.atomics-not-own-data
// exchange writes any value and returns the old one; it needs an own data property.
const o = { x: "old" };
const obj = {};
print(Atomics.exchange(o, "x", obj), o.x === obj);
print(Atomics.exchange(o, "x", undefined) === obj, o.x, "x" in o);
try {
  Atomics.exchange(o, "absent", 1);
} catch (e) {
  print(e instanceof TypeError, "absent" in o);
}
