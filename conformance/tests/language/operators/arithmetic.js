// - * / % with coercion
// spec: [language.operator.arithmetic]
print("10" - 3, "10" * "2", "10" / "4", "10" % "4");
print("a" - 1, [] * 2, [5] * [2], null * 5, undefined * 5);
print(true / 2, "0x10" - 0, " 7 " * 1, "1e2" / 10);
print(-7 % 2, 7 % -2, -7 % -2, 7.5 % 2, -0.5 % 1 === -0.5);
print(Object.is(-4 % 2, -0), Object.is(4 % -2, 0));
print(5 / 0, -5 / 0, 0 / 0, -0 / 5 === 0, Object.is(0 / -5, -0));
print(2 * Infinity, 0 * Infinity, -1 * Infinity, Infinity / 0);
print(1e308 + 1e308, 1e-320 * 1e-10, Number.MAX_VALUE * 1.0000001);
print(10 % 3.5, 2 ** 3 ** 2, (2 ** 3) ** 2, (-8) % 3);
