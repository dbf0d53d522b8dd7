// Number.prototype.toPrecision
// spec: [language.builtin.number] [language.value.number]
print((123.456).toPrecision(4), (123.456).toPrecision(2), (123.456).toPrecision(1));
print((0.000123).toPrecision(2), (0.00000123).toPrecision(2));
print((123456).toPrecision(2), (123456).toPrecision(6), (123456).toPrecision(8));
print((1e21).toPrecision(3), (1.5).toPrecision(1), (2.5).toPrecision(1));
print((0).toPrecision(3), (-1.25).toPrecision(2));
print((5).toPrecision(), (5.123).toPrecision(undefined));
print(NaN.toPrecision(3), (-Infinity).toPrecision(3));
try {
  (1).toPrecision(0);
} catch (e) {
  print(e.name);
}
print((99.99).toPrecision(3), (0.1).toPrecision(21));
