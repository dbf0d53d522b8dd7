// pow, sqrt, cbrt, hypot (exact cases) and special values
// spec: [language.builtin.math]
print(Math.pow(2, 10), Math.pow(2, -2), Math.pow(4, 0.5), Math.pow(-8, 1 / 3), Math.pow(NaN, 0), Math.pow(1, Infinity));
print(Math.sqrt(144), Math.sqrt(2) === Math.SQRT2, Math.sqrt(-1), Object.is(Math.sqrt(-0), -0), Math.sqrt(Infinity));
print(Math.cbrt(27), Math.cbrt(-64), Math.cbrt(1), Object.is(Math.cbrt(-0), -0), Math.cbrt(Infinity));
print(Math.hypot(3, 4), Math.hypot(), Math.hypot(-5), Math.round(Math.hypot(3, 4, 12) * 1e9) / 1e9, Math.hypot(NaN, Infinity), Math.hypot(1, NaN));
print(Math.round(Math.hypot(1, 1) * 1e6), Math.round(Math.sqrt(1e6 + 1) * 1e6));
print(Math.pow(0, -1), Math.pow(-0, -1), Math.pow(-0, -2), Math.pow(-Infinity, 3), Math.pow(-Infinity, 0.5));
print(Math.round(Math.pow(2, 0.5) * 1e9), Math.pow(10, 15), Math.round(Math.pow(10, -3) * 1e9));
