// Number.prototype.toExponential
// spec: [language.builtin.number] [language.value.number]
print((123456).toExponential(2), (123456).toExponential(0));
print((0.00015).toExponential(1), (1).toExponential(3));
print((123.456).toExponential(), (0).toExponential(), (0).toExponential(2));
print((-5e-7).toExponential(2), (1e21).toExponential(1));
print((1.5).toExponential(0), (2.5).toExponential(0));
print(Infinity.toExponential(2), NaN.toExponential());
try {
  (1).toExponential(-1);
} catch (e) {
  print(e.name);
}
print((12345.6789).toExponential(10));
