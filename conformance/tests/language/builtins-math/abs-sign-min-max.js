// abs, sign, min, max
// spec: [language.builtin.math]
print(Math.abs(-5), Math.abs(5), Object.is(Math.abs(-0), 0), Math.abs(-Infinity), Math.abs("-3"), Math.abs(null), Math.abs(NaN));
print(Math.sign(-3), Math.sign(3), Object.is(Math.sign(-0), -0), Math.sign(0), Math.sign(NaN), Math.sign("-2"));
print(Math.max(), Math.min(), Math.max(1, 3, 2), Math.min(1, 3, 2), Math.max(1, NaN, 3), Math.min("4", 2));
print(Object.is(Math.max(-0, 0), 0), Object.is(Math.min(-0, 0), -0), Object.is(Math.max(0, -0), 0));
print(Math.max(...[5, 10, 1]), Math.min.apply(null, [5, 10, 1]), Math.max([2], ["3"]));
var log = [];
var a = { valueOf() { log.push("a"); return NaN; } };
var b = { valueOf() { log.push("b"); return 1; } };
print(Math.max(a, b), log.join(""));
print(Math.max.length, Math.min.length, Math.abs.length);
