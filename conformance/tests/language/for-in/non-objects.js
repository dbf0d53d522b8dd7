// for-in over null, undefined and primitives
// spec: [language.statement.for-in]
var count = 0;
for (var k in null) count++;
for (var k in undefined) count++;
print(count);
var sk = [];
for (var i in "abc") sk.push(i);
print(sk.join(","));
var nk = [];
for (var j in 42) nk.push(j);
print(nk.length);
var symObj = { [Symbol("s")]: 1, str: 2 };
var syk = [];
for (var s in symObj) syk.push(s);
print(syk.join(","));
var fk = [];
function F() {}
F.staticProp = 1;
for (var f in F) fk.push(f);
print(fk.join(","));
var ek = [];
for (var e in new Error("m")) ek.push(e);
print(ek.length);
