// the Object constructor and its own properties
// spec: [language.builtin.object]
print(typeof Object, Object.length, Object.name, Object.prototype.constructor === Object);
var o1 = Object();
var o2 = new Object();
print(typeof o1, Object.getPrototypeOf(o1) === Object.prototype, Object.keys(o2).length);
print(Object(null) !== null, typeof Object(undefined));
var d = Object.getOwnPropertyDescriptor(Object, "prototype");
print(d.writable, d.enumerable, d.configurable);
print(Object.getPrototypeOf(Object) === Function.prototype);
var m = Object.getOwnPropertyDescriptor(Object, "keys");
print(m.writable, m.enumerable, m.configurable);
print(Object.keys.length, Object.assign.length, Object.defineProperty.length, Object.create.length);
print(Object.prototype.propertyIsEnumerable("toString"));
