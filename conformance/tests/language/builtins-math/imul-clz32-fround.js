// integer helpers and float32 rounding
// spec: [language.builtin.math]
print(Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2), Math.imul(2 ** 31, 2));
print(Math.imul(65537, 65537), Math.imul("3", "5"), Math.imul(1.9, 2.9), Math.imul());
print(Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(0x80000000), Math.clz32(2 ** 32), Math.clz32(0.5), Math.clz32("8"));
print(Math.fround(5.5), Math.fround(5.05), Math.fround(0.1), Math.fround(2 ** 128), Math.fround(1e-50), Object.is(Math.fround(-0), -0));
print(Math.fround(16777217), Math.fround(NaN), Math.fround(3.4028234663852886e38));
// a 32-bit multiplicative hash built from imul stays in int32 range
var h = 0x811c9dc5 | 0;
for (var c of "weft") h = Math.imul(h ^ c.charCodeAt(0), 16777619);
print(h, h >>> 0, (h >>> 0).toString(16));
print(31 - Math.clz32(1024), 31 - Math.clz32(1000));
