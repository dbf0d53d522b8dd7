// Number.prototype.toString(radix) on integers and exact binary fractions
// spec: [language.builtin.number]
var n = 255;
print([2, 3, 8, 10, 16, 36].map((r) => n.toString(r)).join(" "));
print((-255).toString(2), (0).toString(36), (-0).toString(2));
print((2 ** 53).toString(16), (2 ** 31).toString(2).length, (123456789).toString(36));
print((0.5).toString(2), (0.25).toString(4), (3.75).toString(2), (-10.5).toString(16));
print((1 / 1024).toString(2), (0.5).toString(8), (0.5).toString(16));
print(Number.prototype.toString.call(new Number(10), 2));
try {
  Number.prototype.toString.call("10");
} catch (e) {
  print(e.name);
}
print([0, 1, 2, 35].map((d) => d.toString(36)).join(""), parseInt("z", 36).toString(2));
