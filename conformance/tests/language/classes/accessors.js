// getters and setters in classes
// spec: [language.class.definitions]
class Temperature {
  constructor(c) { this._c = c; }
  get fahrenheit() { return this._c * 9 / 5 + 32; }
  set fahrenheit(f) { this._c = (f - 32) * 5 / 9; }
  get celsius() { return this._c; }
}
var t = new Temperature(100);
print(t.fahrenheit, t.celsius);
t.fahrenheit = 32;
print(t.celsius, t.fahrenheit);
t.celsius = 50; // getter only: silently ignored, this assignment is in sloppy code
print(t.celsius);
var d = Object.getOwnPropertyDescriptor(Temperature.prototype, "fahrenheit");
print(typeof d.get, typeof d.set, d.enumerable, d.configurable);
print(Object.getOwnPropertyNames(Temperature.prototype).join(","));
class Strict {
  get ro() { return 1; }
  tryWrite() { this.ro = 2; }
}
try {
  new Strict().tryWrite();
} catch (e) {
  print("class body is strict:", e.name);
}
