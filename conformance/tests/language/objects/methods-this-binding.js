// methods are ordinary function-valued properties
// spec: [language.object.access]
var calc = {
  total: 0,
  add(n) { this.total += n; return this; },
  reset() { this.total = 0; return this; },
};
print(calc.add(2).add(3).total, calc.reset().total);
var add = calc.add;
try {
  add(1);
  print("sloppy: this is globalThis", typeof globalThis.total);
} catch (e) {
  print(e.name);
}
delete globalThis.total;
var other = { total: 100, add: calc.add };
print(other.add(1).total);
var borrowed = Array.prototype.map.call("abc", (c) => c.toUpperCase());
print(borrowed.join(""));
var arrayLike = { length: 2, 0: "x", 1: "y" };
print(Array.prototype.join.call(arrayLike, "+"), Array.prototype.includes.call(arrayLike, "y"));
