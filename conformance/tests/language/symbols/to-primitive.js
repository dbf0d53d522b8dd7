// Symbol.toPrimitive receives a hint
// spec: [language.builtin.symbol] [language.coercion.to-primitive] [language.value.symbol]
var seen = [];
var o = {
  [Symbol.toPrimitive](hint) {
    seen.push(hint);
    return hint === "number" ? 10 : hint === "string" ? "str" : "def";
  },
  valueOf() { return 99; },
  toString() { return "never"; },
};
print(+o, `${o}`, o + "", o * 2);
print(String(o), o == "def", o < 11);
print(seen.join(","));
var bad = { [Symbol.toPrimitive]() { return {}; } };
try {
  bad + 1;
} catch (e) {
  print(e.name);
}
var notFn = { [Symbol.toPrimitive]: 5 };
try {
  notFn + 1;
} catch (e) {
  print(e.name);
}
var undef = { [Symbol.toPrimitive]: undefined, valueOf() { return 7; } };
print(undef + 1);
