// property descriptors and their defaults
// spec: [language.value.object]
var o = { plain: 1 };
var d = Object.getOwnPropertyDescriptor(o, "plain");
print(d.value, d.writable, d.enumerable, d.configurable);
Object.defineProperty(o, "defined", { value: 2 });
d = Object.getOwnPropertyDescriptor(o, "defined");
print(d.value, d.writable, d.enumerable, d.configurable);
print(JSON.stringify(o), Object.keys(o).join(","));
Object.defineProperty(o, "plain", { enumerable: false });
print(Object.keys(o).length, o.plain);
Object.defineProperty(o, "plain", { value: 10 });
print(o.plain, Object.getOwnPropertyDescriptor(o, "plain").writable);
try {
  Object.defineProperty(o, "defined", { value: 3 });
} catch (e) {
  print("redefine non-configurable:", e.name);
}
Object.defineProperty(o, "defined", { value: 2 });
print("same value redefinition is allowed");
try {
  Object.defineProperty(o, "bad", { value: 1, get() {} });
} catch (e) {
  print("mixed descriptor:", e.name);
}
print(Object.getOwnPropertyDescriptor(o, "missing"));
