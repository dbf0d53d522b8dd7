// operator precedence and associativity
// spec: [language.operator.evaluation-order]
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -(2 ** 2));
print(1 - 2 - 3, 2 ** 2 ** 3, 12 / 3 / 2, 10 % 4 * 3);
print(1 < 2 < 3, 3 > 2 > 1, 1 == 1 == 1, 2 == 2 == 2);
print(1 + 2 + "3" + 4 + 5, "1" - 1 + 1);
print(true || false && false, (true || false) && false);
print(1 | 2 & 3, (1 | 2) & 3, 1 ^ 3 | 4, 8 >> 1 + 1);
print(!1 == 0, typeof 1 == "number", void 0 == null);
print(1 ? 2 : 3 ? 4 : 5, 0 ? 2 : 0 ? 4 : 5);
var a = 1;
var b = a++ + ++a;
print(a, b);
print(- - 1, + - + 1, !!-0);
print(3 > 2 && 2 > 1 ? "and" : "no", 1 + 1 === 2 || fail());
function fail() { throw new Error("evaluated"); }
