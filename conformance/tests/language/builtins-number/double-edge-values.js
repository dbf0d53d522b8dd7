// extreme doubles: denormals, largest integers, rounding on parse
// spec: [language.builtin.number] [language.value.number]
print(5e-324, 5e-324 === Number.MIN_VALUE, Number.MIN_VALUE / 2 === 0);
print(Number("2.4703282292062328e-324"), Number("2.4703282292062327e-324"));
print(9007199254740993 === 9007199254740992, 9007199254740995, 9007199254740997);
print(0.1 + 0.2 - 0.3, 1 - 0.9, 3 * 1.1);
print(1e23, 8.41e21, 5e-7, 123e-20, 1.0000000000000002);
print(100 / 3, 2 / 3, -1 / 3, 1e16 / 3);
print(Number.MAX_VALUE.toString().length, (2 ** 1023).toExponential(5));
print(4.35 * 100, 1.1 * 1.1, 0.07 * 100);
