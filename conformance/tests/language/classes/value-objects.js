// classes that customise conversions: valueOf, toString, Symbol.toPrimitive, toJSON
// spec: [language.class.definitions]
class Money {
  constructor(cents) { this.cents = cents; }
  valueOf() { return this.cents / 100; }
  toString() { return "$" + (this.cents / 100).toFixed(2); }
  toJSON() { return { amount: this.cents }; }
}
var a = new Money(150), b = new Money(275);
print(a + b, a < b, a * 2, `${a}`, String(b));
print(a + "", [a, b].join(" "));
print(JSON.stringify({ price: a }), JSON.stringify([b]));
class Version {
  constructor(s) { this.parts = s.split(".").map(Number); }
  [Symbol.toPrimitive](hint) {
    if (hint === "number") return this.parts[0] * 10000 + this.parts[1] * 100 + this.parts[2];
    return this.parts.join(".");
  }
}
var v1 = new Version("1.2.3"), v2 = new Version("1.10.0");
print(v1 < v2, +v1, `${v2}`, v1 + "!");
var sorted = [v2, v1].sort((x, y) => x - y).map(String);
print(sorted.join(" "));
