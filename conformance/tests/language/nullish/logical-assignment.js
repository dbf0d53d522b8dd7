// logical assignment operators &&=, ||=, ??=
// spec: [language.operator.assignment]
var a = 1, b = 0, c = null;
a &&= "and-set";
b &&= "not set";
print(a, b);
var d = 0, e = "keep";
d ||= "or-set";
e ||= "not used";
print(d, e);
var f = null, g = 0, h;
f ??= "null-set";
g ??= "not set";
h ??= "undef-set";
print(f, g, h);
var o = { x: 0, y: null };
o.x ||= 5;
o.y ??= 6;
o.z ??= 7;
o["w"] &&= 8;
print(JSON.stringify(o));
var arr = [];
arr[2] ??= "third";
print(arr.length, 0 in arr);
var r = (c ??= "result value");
print(r, c);
