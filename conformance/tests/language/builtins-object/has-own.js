// Object.hasOwn: own properties only (data, accessor, non-enumerable, symbol, index),
// ToObject before ToPropertyKey, TypeError on null/undefined
// spec: [language.builtin.object]
var proto = { inherited: 1 };
var o = Object.create(proto);
o.own = 2;
Object.defineProperty(o, "hidden", { value: 3, enumerable: false });
Object.defineProperty(o, "acc", { get: function () { return 4; } });
var sym = Symbol("s");
o[sym] = 5;
print(Object.hasOwn(o, "own"), Object.hasOwn(o, "inherited"), Object.hasOwn(o, "hidden"));
print(Object.hasOwn(o, "acc"), Object.hasOwn(o, sym), Object.hasOwn(o, "missing"));
print(Object.hasOwn([7, , 9], 0), Object.hasOwn([7, , 9], 1), Object.hasOwn([7], "length"));
print(Object.hasOwn("abc", 1), Object.hasOwn("abc", 3), Object.hasOwn("abc", "length"));
print(Object.hasOwn(Object.create(null), "x"), Object.hasOwn({ 1: 0 }, 1), Object.hasOwn({ 1: 0 }, "1"));
print(Object.hasOwn.length, Object.hasOwn.name, typeof Object.hasOwn);
print(Object.prototype.propertyIsEnumerable.call(Object, "hasOwn"));
var order = [];
var key = { toString: function () { order.push("key"); return "own"; } };
try { Object.hasOwn(null, key); } catch (e) { print(e.name, order.length); }
try { Object.hasOwn(undefined, "x"); } catch (e) { print(e.name); }
print(Object.hasOwn(o, key), order.join(","));
var shadow = { hasOwnProperty: function () { return "shadowed"; } };
print(Object.hasOwn(shadow, "hasOwnProperty"), Object.hasOwn(shadow, "toString"));
