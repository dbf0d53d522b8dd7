// numeric literal forms
// spec: [language.value.number]
print(0xff, 0XFF, 0o777, 0O10, 0b1111, 0B10);
print(1e0, 1E2, 1e+2, 1e-2, .1e1, 1.e1);
print(0.0 === 0, 1_0 === 10, 0e5 === 0);
print(0xFFFFFFFF, 0x1FFFFFFFFFFFFF, 0x20000000000001);
print(9007199254740993, 0.1e-999, 1e999);
var o = { 1e3: "thousand", 0x10: "sixteen", 1.5: "one and half" };
print(o[1000], o["16"], o["1.5"]);
print(JSON.stringify(Object.keys(o)));
print(1..toString(), 1 .toString(), (1).toString());
print(-0x10, +0b11);
