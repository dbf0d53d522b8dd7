// Symbol.for is global per realm; plain Symbol() is always new
// spec: [language.builtin.symbol]
var made = [];
for (var i = 0; i < 3; i++) made.push(Symbol("same"));
print(made[0] === made[1], new Set(made).size);
var reg = [];
for (var j = 0; j < 3; j++) reg.push(Symbol.for("same"));
print(reg[0] === reg[2], new Set(reg).size, reg[0] === made[0]);
print(Symbol.keyFor(reg[0]), Symbol.keyFor(made[0]));
print(Symbol.for("") === Symbol.for(""), Symbol.for("").description === "");
var o = {};
o[Symbol.for("shared")] = "set via one call";
print(o[Symbol.for("shared")]);
print(typeof Symbol.for({ toString() { return "obj"; } }), Symbol.keyFor(Symbol.for({ toString() { return "obj"; } })));
