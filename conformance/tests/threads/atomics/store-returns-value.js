// Rule: th.atomics.store
// store writes and returns v unconverted: strings stay strings, -0 stays -0, objects are kept.
const o = { x: 0 };
const obj = {};
print(typeof Atomics.store(o, "x", "7"), o.x === "7");
print(Object.is(Atomics.store(o, "x", -0), -0), Object.is(o.x, -0));
print(Atomics.store(o, "x", obj) === obj, o.x === obj);
