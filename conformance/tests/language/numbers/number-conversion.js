// ToNumber of strings and other values via Number()
// spec: [language.coercion.to-number] [language.value.number]
print(Number(""), Number("  "), Number(" 12 "), Number("\n\t42\r\n"));
print(Number("0x1f"), Number("0X1F"), Number("0b101"), Number("0o17"));
print(Number("1e3"), Number("-1e-3"), Number(".5"), Number("5."));
print(Number("abc"), Number("12px"), Number("1,000"), Number("1_000"));
print(Number("Infinity"), Number("-Infinity"), Number("+Infinity"), Number("infinity"));
print(Number("-0x10"), Number("+12"), Number("--1"), Number("0x"));
print(Number(true), Number(false), Number(null), Number(undefined));
print(Number([]), Number([7]), Number([1, 2]), Number({}));
print(Number("00012"), Number("0012.50"), Number("1e1000"));
print(Object.is(Number("-0"), -0), Number("  -0x0  "), Number("0.0e5"));
