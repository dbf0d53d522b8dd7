// numeric-looking keys are strings; canonical integer forms come first
// spec: [language.object.key-order]
var o = {};
o["1"] = "a";
o["01"] = "b";
o[1.5] = "c";
o[-1] = "d";
o[1e3] = "e";
o["1e3"] = "f";
o[0.1 + 0.2] = "g";
print(Object.keys(o).join(" | "));
print(o[1], o["01"], o["1.5"], o["-1"], o[1000], o["1e3"], o["0.30000000000000004"]);
var a = [];
a["2"] = "two";
a["02"] = "not an index";
print(a.length, Object.keys(a).join(","));
var big = {};
big[2 ** 53] = 1;
big[1e21] = 2;
print(Object.keys(big).join(","));
