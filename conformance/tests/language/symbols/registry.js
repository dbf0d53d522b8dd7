// Symbol.for / Symbol.keyFor
// spec: [language.builtin.symbol] [language.value.symbol]
var s1 = Symbol.for("app.key");
var s2 = Symbol.for("app.key");
print(s1 === s2, s1.description, Symbol.keyFor(s1));
var local = Symbol("app.key");
print(local === s1, Symbol.keyFor(local));
print(Symbol.keyFor(Symbol.iterator));
print(Symbol.for() === Symbol.for("undefined"), Symbol.for(1) === Symbol.for("1"));
try {
  Symbol.keyFor("app.key");
} catch (e) {
  print(e.name);
}
var o = {};
o[Symbol.for("k")] = "via registry";
print(o[Symbol.for("k")]);
