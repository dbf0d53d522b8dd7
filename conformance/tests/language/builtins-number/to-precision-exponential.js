// toPrecision and toExponential on a range of magnitudes
// spec: [language.builtin.number]
var xs = [0, 1, 0.00001234, 1234.5678, 1e21, 1.5e-7, -987654.321];
print(xs.map((x) => x.toPrecision(3)).join(" "));
print(xs.map((x) => x.toExponential(2)).join(" "));
print(xs.map((x) => x.toExponential()).join(" "));
print((123.456).toPrecision(7), (123.456).toPrecision(3), (0.000001).toPrecision(1), (0.0000001).toPrecision(1));
print((25).toPrecision(1), (35).toPrecision(1), (1e6).toPrecision(6), (1e6).toPrecision(7));
print((1.25).toExponential(1), (1.35).toExponential(1), (5e-324).toExponential(), (1.7976931348623157e308).toExponential(3));
try {
  (1).toPrecision(101);
} catch (e) {
  print(e.name);
}
print((1).toPrecision(100).length);
