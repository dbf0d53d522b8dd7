// getPrototypeOf / setPrototypeOf / create
// spec: [language.builtin.object]
var proto = { hello() { return "hello " + this.n; } };
var o = Object.create(proto, { n: { value: "world", enumerable: true } });
print(o.hello(), Object.getPrototypeOf(o) === proto);
print(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Object.prototype));
print(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf("s") === String.prototype);
try {
  Object.getPrototypeOf(null);
} catch (e) {
  print(e.name);
}
var x = {};
print(Object.setPrototypeOf(x, proto) === x, typeof x.hello);
Object.setPrototypeOf(x, null);
print(Object.getPrototypeOf(x), typeof x.hello);
try {
  Object.setPrototypeOf(x, 5);
} catch (e) {
  print("bad proto:", e.name);
}
var a = {}, b = Object.create(a);
try {
  Object.setPrototypeOf(a, b);
} catch (e) {
  print("cycle:", e.name);
}
print(Object.setPrototypeOf(1, null), typeof Object.setPrototypeOf("s", {}));
try {
  Object.create(5);
} catch (e) {
  print("create bad proto:", e.name);
}
print(Object.keys(Object.create({ inherited: 1 })).length);
