// wrapper objects and valueOf
// spec: [language.coercion.to-primitive]
var n = new Number(5), s = new String("ab"), b = new Boolean(false);
print(n + 1, s + 1, b + 1, typeof (n + 1));
print(n == 5, n === 5, s == "ab", b == false, !b);
print(n.valueOf() === 5, s.valueOf() === "ab", b.valueOf() === false);
Number.prototype.valueOf = function () { return 100; };
print(new Number(5) + 1, 5 + 1);
delete Number.prototype.valueOf;
try {
  print(new Number(5) + 1);
} catch (e) {
  print(e.name);
}
print(String(new Number(7)), `${new Number(8)}`);
