// Object.freeze / isFrozen
// spec: [language.builtin.object]
var o = { a: 1, nested: { b: 2 } };
var r = Object.freeze(o);
print(r === o, Object.isFrozen(o), Object.isFrozen(o.nested));
o.a = 100;
o.c = 3;
delete o.a;
o.nested.b = 20;
print(o.a, o.c, o.nested.b);
var d = Object.getOwnPropertyDescriptor(o, "a");
print(d.writable, d.configurable, d.enumerable);
print(Object.isExtensible(o), Object.isSealed(o));
print(Object.freeze(5), Object.isFrozen(5), Object.isFrozen("str"));
print(Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})));
var acc = Object.freeze({ get g() { return "getter still works"; } });
print(acc.g, Object.isFrozen(acc));
var arr = Object.freeze([1, 2]);
try {
  arr.push(3);
} catch (e) {
  print("push:", e.name);
}
print(arr.length, Object.isFrozen(arr));
