// int32 wrapping at the boundaries of the bitwise operators
// spec: [language.operator.bitwise] [language.value.number]
var max = 2147483647;
print(max + 1, (max + 1) | 0, (max + 1) >>> 0);
print(-2147483648 - 1, (-2147483648 - 1) | 0);
print(4294967296 | 0, 4294967297 | 0, 4294967295 | 0);
print(1.9 | 0, -1.9 | 0, NaN | 0, Infinity | 0);
print(~~3.7, ~~-3.7, ~~"8", ~~"x");
print(1 << 31, 1 << 32, 1 << 33, 1 >>> 0);
print(-1 >>> 0, -1 >>> 28, -1 >> 28);
print(2 ** 53 | 0, (2 ** 53 + 2) | 0);
var x = 0;
for (var i = 0; i < 40; i++) x = (x * 31 + i) | 0;
print(x);
