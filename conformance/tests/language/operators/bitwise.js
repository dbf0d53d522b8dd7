// & | ^ << >> >>>
// spec: [language.operator.bitwise]
print(5 & 3, 5 | 3, 5 ^ 3, ~5 & 0xff);
print(0xf0 | 0x0f, 0xff ^ 0xff, -1 & 0xffff, -1 | 0);
print(1 << 0, 1 << 4, 1 << 31, 1 << 32, 1 << -1);
print(-16 >> 2, -16 >>> 2, 16 >> 2, -1 >>> 0, -1 >>> 31);
print(2147483648 >> 0, 2147483648 >>> 0, 4294967296 >> 0);
print("12" & "10", "3" << "2", null | undefined, true ^ 1);
print(1.9 & 1, -1.9 | 0, NaN & -1, Infinity | 1);
print(0x12345678 >>> 16, (0x12345678 << 8) >> 8, 0x12345678 & 0xff00);
var flags = 0;
flags |= 1 << 2;
flags |= 1 << 5;
flags &= ~(1 << 2);
flags ^= 1;
print(flags, flags.toString(2));
