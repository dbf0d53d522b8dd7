// the + operator with strings, ToPrimitive and ToString
// spec: [language.operator.addition] [language.value.string]
print("a" + 1 + 2, 1 + 2 + "a", "a" + (1 + 2));
print("x" + null, "x" + undefined, "x" + true, "x" + NaN);
print("" + [1, 2], "" + [], "" + {}, "" + [[1], [2, [3]]]);
print("n" + -0, "n" + 1e21, "n" + 0.000001);
var o = { toString: function () { return "T"; }, valueOf: function () { return 42; } };
print("" + o, `${o}`, String(o), o + 1);
var s = "";
for (var i = 0; i < 5; i++) s += i;
print(s, s.length);
s += s;
print(s);
print("a".concat("b", 1, null), "".concat());
try {
  "" + Symbol("s");
} catch (e) {
  print(e.name);
}
print(String(Symbol("ok")));
