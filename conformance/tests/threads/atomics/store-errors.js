// Rule: th.atomics.store, th.error.atomics-store
// store rejects an own accessor (setter not called), a non-writable property, and a new key
// on a non-extensible object; existing writable keys of a non-extensible object are fine.
let sets = 0;
const acc = {
  set x(v) {
    sets++;
  },
};
const frozen = Object.freeze({ x: 1 });
const sealed = Object.preventExtensions({ x: 1 });
const cases = [
  ["accessor", () => Atomics.store(acc, "x", 1)],
  ["frozen", () => Atomics.store(frozen, "x", 2)],
  ["new key", () => Atomics.store(sealed, "y", 2)],
];
for (const [name, f] of cases) {
  try {
    f();
    print(name, "no error");
  } catch (e) {
    print(name, e instanceof TypeError);
  }
}
print(sets, frozen.x, "y" in sealed, Atomics.store(sealed, "x", 5), sealed.x);
