// toFixed uses the exact binary value: "round half up" on the true decimal expansion
// spec: [language.builtin.number]
var cases = [0.5, 1.5, 2.5, -0.5, -1.5, 1.005, 1.015, 1.025, 8.345, 8.335, 0.045, 10.235];
print(cases.map((x) => x.toFixed(0)).join(" "));
print(cases.map((x) => x.toFixed(2)).join(" "));
print((1e-7).toFixed(10), (123.456e10).toFixed(1), (0.1).toFixed(20));
print((9.995).toFixed(2), (99.995).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1));
print((5e-324).toFixed(2), (-5e-324).toFixed(2), (2 ** 70).toFixed(0));
print(Number.prototype.toFixed.length, (1.23).toFixed("1"), (1.23).toFixed(null), (1.23).toFixed(2.9));
