// Symbol.toStringTag changes Object.prototype.toString
// spec: [language.builtin.object] [language.builtin.symbol] [language.value.symbol]
var o = { [Symbol.toStringTag]: "Custom" };
print(Object.prototype.toString.call(o), String(o));
class Thing {
  get [Symbol.toStringTag]() { return "Thing!"; }
}
print(String(new Thing()), Object.prototype.toString.call(new Thing()));
print(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(new Set()));
print(Object.prototype.toString.call(Symbol("x")), Object.prototype.toString.call(JSON));
print(Object.prototype.toString.call(Math), Object.prototype.toString.call(new WeakMap()));
var notString = { [Symbol.toStringTag]: 42 };
print(String(notString));
var arr = [];
arr[Symbol.toStringTag] = "NotArray";
print(Object.prototype.toString.call(arr));
print(Map.prototype[Symbol.toStringTag], Symbol.prototype[Symbol.toStringTag]);
