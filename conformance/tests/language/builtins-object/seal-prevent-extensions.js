// Object.seal / isSealed and Object.preventExtensions / isExtensible
// spec: [language.builtin.object]
var s = Object.seal({ a: 1 });
s.a = 2;
s.b = 3;
delete s.a;
print(s.a, s.b, Object.isSealed(s), Object.isFrozen(s));
var d = Object.getOwnPropertyDescriptor(s, "a");
print(d.writable, d.configurable);
var p = Object.preventExtensions({ x: 1 });
p.y = 2;
delete p.x;
print(p.x, p.y, Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(p));
try {
  Object.defineProperty(p, "z", { value: 1 });
} catch (e) {
  print("define on non-extensible:", e.name);
}
var empty = Object.preventExtensions({});
print(Object.isSealed(empty), Object.isFrozen(empty));
print(Object.isExtensible(1), Object.preventExtensions(1), Object.isSealed(1));
var proto = {};
var child = Object.preventExtensions(Object.create(proto));
proto.inherited = "still visible";
print(child.inherited);
try {
  Object.setPrototypeOf(child, {});
} catch (e) {
  print("setPrototypeOf non-extensible:", e.name);
}
print(Object.setPrototypeOf(child, proto) === child);
