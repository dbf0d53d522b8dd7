// Symbol.toPrimitive on classes and the Date-free default hint
// spec: [language.builtin.symbol]
class Temperature {
  constructor(c) { this.c = c; }
  [Symbol.toPrimitive](hint) {
    if (hint === "string") return this.c + "°C";
    if (hint === "number") return this.c;
    return "T(" + this.c + ")";
  }
}
var t = new Temperature(21);
print(`${t}`, +t, t + "", t * 2, t > 20, String(t), [t].join());
var onlyNumber = { [Symbol.toPrimitive]: (hint) => (hint === "number" ? 1 : null) };
print(onlyNumber + 1, `${onlyNumber}`, onlyNumber * 5);
var throwing = { [Symbol.toPrimitive]() { throw new RangeError("no conversion"); } };
try {
  throwing + 1;
} catch (e) {
  print(e.name, e.message);
}
