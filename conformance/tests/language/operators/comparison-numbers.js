// relational operators with numbers and coercions
// spec: [language.operator.relational]
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 > 0.5);
print(NaN < 1, NaN > 1, NaN <= NaN, NaN >= NaN, !(NaN < 1));
print(-0 < 0, -0 <= 0, 0 >= -0, -Infinity < -1e308, Infinity > 1e308);
print("10" < 9, "10" < "9", "a" < 1, "a" > 1, "" < 1);
print(null < 1, null >= 0, null > 0, null == 0, undefined < 1, undefined > -1);
print(true > false, true >= 1, [2] > 1, [1, 2] > 1, {} > 1);
print("abc" < "abd", "Z" < "a", "" < "a", "a" < "aa");
var v = { valueOf() { return 5; } };
print(v > 4, v < "6", v >= v);
