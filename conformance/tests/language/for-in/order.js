// for-in order: integer keys ascending, then strings in creation order
// spec: [language.object.key-order] [language.statement.for-in]
var o = { b: 1, 2: "two", a: 2, 1: "one", "-1": "neg", "01": "lead", 1.5: "float" };
o.c = 3;
o[0] = "zero";
var keys = [];
for (var k in o) keys.push(k);
print(keys.join(","));
print(Object.keys(o).join(","));
var arr = ["x", "y"];
arr.extra = "e";
var ak = [];
for (var i in arr) ak.push(i + ":" + typeof i);
print(ak.join(","));
var big = {};
big[4294967295] = "not an array index but an integer key";
big[4294967294] = "array index";
big.z = 1;
var bk = [];
for (var key in big) bk.push(key);
print(bk.join(","));
