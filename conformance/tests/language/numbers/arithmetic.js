// basic double arithmetic and integer limits
// spec: [language.operator.arithmetic] [language.value.number]
print(7 / 2, -7 / 2, 7 % 3, -7 % 3, 7 % -3);
print(5.5 % 2, -5.5 % 2);
print(2 ** 10, 2 ** -1, (-2) ** 3, 4 ** 0.5);
print(9007199254740991 + 1, 9007199254740991 + 2);
print(0.1 * 3, 0.3 / 0.1);
print(1e308 * 10, -1e308 * 10);
print(5e-324 / 2, Object.is(-5e-324 / 2, -0));
print(3 * "4", "12" / "4", "6" - 1, "6" + 1);
print(Infinity % 1, 1 % Infinity, 1 % 0);
print(2 ** 31 | 0, 2 ** 32 | 0, -(2 ** 31) | 0);
print(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
