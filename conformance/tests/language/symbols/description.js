// Symbol() and description
// spec: [language.builtin.symbol] [language.value.symbol]
var a = Symbol("a");
var b = Symbol("a");
print(a === b, typeof a, a.description, String(a));
print(Symbol().description, String(Symbol()), Symbol("").description === "");
print(Symbol(undefined).description, Symbol(null).description, Symbol(123).description);
print(a.toString(), Object(a).description);
print(Symbol.iterator.description, String(Symbol.hasInstance));
var o = {};
o[a] = 1;
o[b] = 2;
print(o[a], o[b]);
try {
  new Symbol("x");
} catch (e) {
  print("new:", e.name);
}
print(Symbol.prototype.toString.call(a));
