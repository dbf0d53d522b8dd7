// well-known symbols are shared, non-registered, and keyed on built-ins
// spec: [language.builtin.symbol] [language.value.symbol]
print(typeof Symbol.iterator, typeof Symbol.hasInstance, typeof Symbol.toPrimitive, typeof Symbol.toStringTag);
print(Symbol.iterator.description, Symbol.toPrimitive.description);
print(Symbol.keyFor(Symbol.iterator), Symbol.for("Symbol.iterator") === Symbol.iterator);
print(Array.prototype[Symbol.iterator] === Array.prototype.values);
print(typeof String.prototype[Symbol.iterator], typeof Map.prototype[Symbol.iterator]);
print(Map.prototype[Symbol.iterator] === Map.prototype.entries);
print(Set.prototype[Symbol.iterator] === Set.prototype.values);
var d = Object.getOwnPropertyDescriptor(Symbol, "iterator");
print(d.writable, d.enumerable, d.configurable);
Symbol.iterator = "changed";
print(typeof Symbol.iterator);
