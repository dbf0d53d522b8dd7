// parseFloat
// spec: [language.builtin.number]
print(parseFloat("3.14"), parseFloat("  3.14abc"), parseFloat("-.5"), parseFloat("+.5e1"), parseFloat("1e"));
print(parseFloat(""), parseFloat("abc"), parseFloat("."), parseFloat("-"), parseFloat("e5"));
print(parseFloat("Infinity"), parseFloat("-Infinityx"), parseFloat("infinity"), parseFloat("Inf"));
print(parseFloat("0x10"), parseFloat("1_000"), parseFloat("1e1000"), parseFloat("5e-325"));
print(parseFloat([" 2.5 "]), parseFloat({ toString() { return "7.5kg"; } }), parseFloat(true));
print(Object.is(parseFloat("-0"), -0), parseFloat("0.1e1"), parseFloat("1.2.3"), parseFloat("1e-7x"));
print(parseFloat("\u2003 8"), parseFloat("000.25"));
