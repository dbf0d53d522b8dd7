// OrdinaryOwnPropertyKeys: integer indices ascending, then strings by creation, then symbols
// spec: [language.object.key-order]
var s1 = Symbol("s1"), s2 = Symbol("s2");
var o = {};
o.z = 1;
o[s2] = 1;
o[10] = 1;
o.a = 1;
o[2] = 1;
o[s1] = 1;
o["-5"] = 1;
o["3.0"] = 1;
o[4294967294] = 1;
o[4294967295] = 1;
o["9007199254740993"] = 1;
print(Object.keys(o).join(" "));
print(Object.getOwnPropertySymbols(o).map((s) => s.description).join(" "));
print(JSON.stringify(o).slice(0, 20));
delete o.z;
o.z = 2;
print(Object.keys(o).slice(-1)[0]);
var arr = ["a"];
arr.prop = 1;
arr[5] = "b";
print(Object.keys(arr).join(","));
print(Object.getOwnPropertyNames(arr).join(","));
