// Rule: th.atomics.store
// store on an absent own property creates a writable, enumerable, configurable data property.
const o = {};
print(Atomics.store(o, "y", 3));
const d = Object.getOwnPropertyDescriptor(o, "y");
print(d.value, d.writable, d.enumerable, d.configurable);
const proto = { x: 1 };
const child = Object.create(proto);
Atomics.store(child, "x", 2);
print(Object.prototype.hasOwnProperty.call(child, "x"), child.x, proto.x);
