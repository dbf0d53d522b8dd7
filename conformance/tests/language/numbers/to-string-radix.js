// Number.prototype.toString with a radix
// spec: [language.builtin.number] [language.value.number]
print((255).toString(16), (255).toString(2), (255).toString(8));
print((35).toString(36), (36).toString(36), (-255).toString(16));
print((0).toString(2), (1e21).toString(36).length > 0);
print((0.5).toString(2), (0.75).toString(2), (255.5).toString(16));
print((-0.125).toString(2), (4096).toString(32));
print(Number.MAX_SAFE_INTEGER.toString(16));
print((10).toString(10), (10).toString(), (10).toString(undefined));
print(NaN.toString(2), Infinity.toString(16), (-Infinity).toString(36));
try {
  (10).toString(1);
} catch (e) {
  print(e.name);
}
try {
  (10).toString(37);
} catch (e) {
  print(e.name);
}
print(parseInt((123456).toString(7), 7));
