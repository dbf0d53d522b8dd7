// Rule: th.atomics.own-data, th.error.atomics-not-own-data
// A property found only on the prototype chain is not an own data property.
const proto = { x: 1 };
const o = Object.create(proto);
print(o.x);
for (const [obj, key] of [[o, "x"], [[], "map"], [{}, "toString"]]) {
  try {
    Atomics.load(obj, key);
    print("no error");
  } catch (e) {
    print(key, e instanceof TypeError);
  }
}
