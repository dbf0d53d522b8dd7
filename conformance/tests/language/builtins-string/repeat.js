// repeat
// spec: [language.builtin.string-prototype]
print("ab".repeat(3), "ab".repeat(0) === "", "".repeat(100) === "", "x".repeat(1));
print("-".repeat(2.9), "-".repeat("2"), "*".repeat(null) === "", "=".repeat(undefined) === "");
try {
  "x".repeat(-1);
} catch (e) {
  print(e.name);
}
try {
  "x".repeat(Infinity);
} catch (e) {
  print(e.name);
}
print("".repeat(2 ** 40) === "");
var line = "+" + "-".repeat(5) + "+";
print(line, line.length);
print(String.prototype.repeat.call(7, 3));
