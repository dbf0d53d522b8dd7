// the ** operator
// spec: [language.operator.arithmetic]
print(2 ** 0, 2 ** 1, 2 ** 10, 2 ** -2, 10 ** 3);
print(2 ** 3 ** 2, (-2) ** 2, (-2) ** 3, -(2 ** 2));
print(NaN ** 0, 1 ** NaN, 1 ** Infinity, 0 ** 0);
print(0 ** -1, Object.is((-0) ** -1, -Infinity), (-0) ** 2 === 0);
print(Infinity ** 0, Infinity ** -1, (-Infinity) ** 3, (-Infinity) ** 2);
print((-8) ** (1 / 3), 4 ** 0.5, "3" ** "2");
var x = 3;
x **= 2;
print(x);
print(2 ** 1023 * 2, 2 ** 1024, 2 ** -1074 > 0, 2 ** -1075);
print(Math.pow(2, 10) === 2 ** 10, Math.pow(NaN, 0));
