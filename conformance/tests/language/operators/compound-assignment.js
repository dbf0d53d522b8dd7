// every compound assignment operator
// spec: [language.operator.assignment]
var a = 10;
a += 5; print(a);
a -= 3; print(a);
a *= 2; print(a);
a /= 4; print(a);
a %= 4; print(a);
a **= 3; print(a);
var b = 0b1100;
b &= 0b1010; print(b);
b |= 0b0001; print(b);
b ^= 0b1111; print(b);
b <<= 3; print(b);
b >>= 1; print(b);
b = -b;
b >>>= 28; print(b);
var s = "a";
s += 1;
s += null;
print(s);
var o = { n: 1 };
o.n += o.n += 1;
print(o.n);
var x = 1;
x += x++ + ++x;
print(x);
