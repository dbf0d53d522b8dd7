// array length: growth via index writes, truncation via length writes
// spec: [language.builtin.array-length] [language.builtin.array-prototype]
var a = [1, 2, 3];
a[10] = "x";
print(a.length, 5 in a, JSON.stringify(a).split(",").length);
a.length = 2;
print(a.length, JSON.stringify(a), 10 in a);
a.length = 5;
print(a.length, 3 in a, JSON.stringify(a));
a["3"] = "three";
print(a.length, a[3]);
a[-1] = "neg";
a["1.5"] = "frac";
a[4294967295] = "too big";
print(a.length, Object.keys(a).join(","));
var b = [];
b[4294967294] = "last index";
print(b.length);
try {
  b.push(1, 2);
} catch (e) {
  print(e.name, b.length);
}
var c = [1, 2, 3];
c.length = 0;
print(c.length, c[0]);
