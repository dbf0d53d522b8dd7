// parseInt
// spec: [language.builtin.number]
print(parseInt("42"), parseInt("  42px"), parseInt("-42.9"), parseInt("+7"), parseInt("0x1A"), parseInt("0X1a"));
print(parseInt(""), parseInt("abc"), parseInt("  "), parseInt("-"), parseInt("0x"), parseInt("Infinity"));
print(parseInt("101", 2), parseInt("777", 8), parseInt("zz", 36), parseInt("ff", 16), parseInt("0xff", 16));
print(parseInt("12", 0), parseInt("12", 1), parseInt("12", 37), parseInt("12", 2), parseInt("12", 3));
print(parseInt("08"), parseInt("0b11"), parseInt("0o17"), parseInt("1e3"), parseInt(1e21), parseInt(0.0000005));
print(parseInt(null, 36), parseInt(undefined, 36), parseInt("123", "16"), parseInt("10", 4.9));
print(Object.is(parseInt("-0"), -0), parseInt("9007199254740993"), parseInt("  \n\t 15"));
print(parseInt("\u00a012"), parseInt("１２"), parseInt("12abc", 16));
print(["1", "2", "3"].map(parseInt).join(","));
