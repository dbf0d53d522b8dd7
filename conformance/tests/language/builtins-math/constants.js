// Math constants and the Math object itself
// spec: [language.builtin.math]
print(Math.PI, Math.E, Math.LN2, Math.LN10);
print(Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
var d = Object.getOwnPropertyDescriptor(Math, "PI");
print(d.writable, d.enumerable, d.configurable);
Math.PI = 3;
print(Math.PI);
print(typeof Math, Object.prototype.toString.call(Math), Object.getPrototypeOf(Math) === Object.prototype);
try {
  new Math();
} catch (e) {
  print(e.name);
}
try {
  Math();
} catch (e) {
  print(e.name);
}
