// String(Number(s)) round trips; parse/format consistency
// spec: [language.value.number]
var samples = ["0.1", "1e21", "1e-7", "123.456", "5e-324", "1.7976931348623157e308", "9007199254740993", "0.000001", "100", "-1.5e-9"];
for (var s of samples) {
  var n = Number(s);
  print(s, "->", String(n), Number(String(n)) === n);
}
print(String(0.1 * 3), String(1 / 3 * 3), String(2 / 3));
print(String(1e15 + 0.3), String(123456789.123456789));
