// Rule: th.outcome.display
// Objects: own enumerable string keys in property order, bare keys; non-enumerable and
// symbol keys are left out; {} when there are none.
new Thread(() => {
  const o = { b: 1, a: "x", 2: true, nested: { z: null } };
  Object.defineProperty(o, "hidden", { value: 1, enumerable: false });
  o[Symbol("s")] = 2;
  return o;
});
new Thread(() => ({}));
new Thread(() => Object.create({ inherited: 1 }));
