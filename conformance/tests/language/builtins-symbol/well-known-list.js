// the well-known symbols used by the supported subset exist and are distinct
// spec: [language.builtin.symbol]
var names = ["iterator", "hasInstance", "toPrimitive", "toStringTag"];
var syms = names.map((n) => Symbol[n]);
print(syms.every((s) => typeof s === "symbol"), new Set(syms).size);
print(syms.map((s) => s.description).join(","));
print(names.map((n) => { var d = Object.getOwnPropertyDescriptor(Symbol, n); return d.writable || d.configurable ? "mutable" : "fixed"; }).join(","));
print(typeof Object.prototype[Symbol.toStringTag], typeof Function.prototype[Symbol.hasInstance]);
print(typeof Array.prototype[Symbol.iterator], typeof ({})[Symbol.iterator]);
