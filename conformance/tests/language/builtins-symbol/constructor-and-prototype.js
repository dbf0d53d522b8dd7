// Symbol function and Symbol.prototype
// spec: [language.builtin.symbol]
print(typeof Symbol, Symbol.length, Symbol.name);
var s = Symbol("d");
print(Object.getPrototypeOf(s) === Symbol.prototype, s.constructor === Symbol);
print(s.toString(), s.valueOf() === s, s.description, Symbol.prototype.toString.call(Object(s)));
try {
  Symbol.prototype.toString.call("not a symbol");
} catch (e) {
  print(e.name);
}
var wrapper = Object(s);
print(typeof wrapper, wrapper instanceof Symbol, wrapper.valueOf() === s, wrapper == s);
print(Object.prototype.toString.call(s), Object.prototype.toString.call(wrapper));
print(Symbol.prototype[Symbol.toStringTag], typeof Symbol.prototype[Symbol.toPrimitive]);
print(Symbol.prototype[Symbol.toPrimitive].call(wrapper) === s);
var d = Object.getOwnPropertyDescriptor(Symbol.prototype, "description");
print(typeof d.get, d.set, d.enumerable);
