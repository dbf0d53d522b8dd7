// Object.defineProperty and Object.defineProperties
// spec: [language.builtin.object]
var o = {};
var r = Object.defineProperty(o, "x", { value: 1, enumerable: true });
print(r === o, o.x, JSON.stringify(o));
Object.defineProperty(o, "computed", {
  get() { return this.x * 10; },
  enumerable: false,
  configurable: true,
});
print(o.computed, Object.keys(o).join(","));
Object.defineProperties(o, {
  a: { value: "A", writable: true },
  b: { get: function () { return "B"; }, enumerable: true },
});
print(o.a, o.b, Object.keys(o).join(","));
try {
  Object.defineProperty(o, "bad", { get: 5 });
} catch (e) {
  print("non-callable getter:", e.name);
}
try {
  Object.defineProperty(o, "bad", 5);
} catch (e) {
  print("non-object descriptor:", e.name);
}
var arr = [1, 2, 3];
Object.defineProperty(arr, "length", { value: 1 });
print(arr.length, JSON.stringify(arr));
Object.defineProperty(arr, 5, { value: "x", enumerable: true, configurable: true, writable: true });
print(arr.length);
var sym = Symbol("k");
Object.defineProperty(o, sym, { value: "symbol prop" });
print(o[sym], Object.getOwnPropertySymbols(o).length);
