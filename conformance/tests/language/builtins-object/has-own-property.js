// hasOwnProperty, propertyIsEnumerable, isPrototypeOf
// spec: [language.builtin.object]
var proto = { inherited: 1 };
var o = Object.create(proto);
o.own = 2;
Object.defineProperty(o, "hidden", { value: 3 });
print(o.hasOwnProperty("own"), o.hasOwnProperty("inherited"), o.hasOwnProperty("hidden"), o.hasOwnProperty("missing"));
print(o.propertyIsEnumerable("own"), o.propertyIsEnumerable("hidden"), o.propertyIsEnumerable("inherited"));
print(proto.isPrototypeOf(o), Object.prototype.isPrototypeOf(o), o.isPrototypeOf(proto));
print(Object.prototype.isPrototypeOf(1), Array.prototype.isPrototypeOf([]));
print([1].hasOwnProperty(0), [1].hasOwnProperty("length"), "ab".hasOwnProperty(1));
var key = { toString() { return "own"; } };
print(o.hasOwnProperty(key), Object.prototype.hasOwnProperty.call({ x: 1 }, "x"));
var tricky = { hasOwnProperty() { return "overridden"; } };
print(tricky.hasOwnProperty("x"), Object.prototype.hasOwnProperty.call(tricky, "hasOwnProperty"));
print([].propertyIsEnumerable("length"), [1].propertyIsEnumerable(0));
try {
  Object.prototype.hasOwnProperty.call(null, "x");
} catch (e) {
  print(e.name);
}
