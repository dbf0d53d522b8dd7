// arrays convert through join
// spec: [language.coercion.to-primitive]
print([] + 1, [1] + 1, [1, 2] + 1, [[1, 2], [3]] + "");
print([] * 1, [5] * 1, ["5"] * 2, [1, 2] * 1, [null] * 1, [[7]] * 1);
print([] == false, [0] == false, [1] == 1, ["a"] == "a", [[]] == 0);
var a = [1, 2, 3];
a.toString = function () { return "custom"; };
print(a + "", `${a}`, a == "custom");
var b = [4];
b.valueOf = function () { return 40; };
print(b + 1, String(b));
var c = [1, 2];
c.join = function () { return "joined!"; };
print(String(c));
