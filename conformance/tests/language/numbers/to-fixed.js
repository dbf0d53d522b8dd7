// Number.prototype.toFixed
// spec: [language.builtin.number] [language.value.number]
print((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1));
print((123.456).toFixed(0), (123.456).toFixed(2), (123.456).toFixed(5));
print((0).toFixed(2), (-1.5).toFixed(0), (2.5).toFixed(0), (-2.5).toFixed(0));
print((0.000001).toFixed(7), (1e-10).toFixed(3));
print((1e21).toFixed(2), (1e20).toFixed(2));
print((-0).toFixed(2), (-0.0001).toFixed(2));
print(NaN.toFixed(2), Infinity.toFixed(1));
print((1.23).toFixed(), (0.5).toFixed(), (1.5).toFixed());
print((10).toFixed(20));
try {
  (1).toFixed(101);
} catch (e) {
  print(e.name);
}
print(typeof (1).toFixed(1));
