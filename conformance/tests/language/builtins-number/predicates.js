// Number.isInteger, isSafeInteger, isFinite, isNaN (no coercion)
// spec: [language.builtin.number]
var vals = [0, -0, 1, 1.5, -7, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), 1e300, NaN, Infinity, -Infinity, "5", null, true, [1]];
print(vals.map((v) => (Number.isInteger(v) ? 1 : 0)).join(""));
print(vals.map((v) => (Number.isSafeInteger(v) ? 1 : 0)).join(""));
print(vals.map((v) => (Number.isFinite(v) ? 1 : 0)).join(""));
print(vals.map((v) => (Number.isNaN(v) ? 1 : 0)).join(""));
print(vals.map((v) => (isFinite(v) ? 1 : 0)).join(""));
print(vals.map((v) => (isNaN(v) ? 1 : 0)).join(""));
print(Number.isInteger(5.0), Number.isInteger(5.000000000000001), Number.isInteger(5.0000000000000001));
print(Number.isNaN(new Number(NaN)), isNaN(new Number(NaN)), Number.isInteger(new Number(1)));
