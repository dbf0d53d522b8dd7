// WeakMap: get/set/has/delete with object keys
// spec: [language.builtin.weakmap]
var wm = new WeakMap();
var k1 = {}, k2 = function () {}, k3 = [];
print(wm.set(k1, "object") === wm, wm.get(k1), wm.has(k1), wm.has({}));
wm.set(k2, "function").set(k3, "array");
print(wm.get(k2), wm.get(k3), wm.get({}));
print(wm.delete(k1), wm.delete(k1), wm.has(k1), wm.get(k1));
wm.set(k2, "replaced");
print(wm.get(k2));
print(wm.has(1), wm.get("x"), wm.delete(null));
print(typeof wm.clear, typeof wm.forEach, "size" in wm, typeof wm[Symbol.iterator]);
print(Object.prototype.toString.call(wm), WeakMap.length, WeakMap.name);
