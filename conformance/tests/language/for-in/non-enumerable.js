// non-enumerable properties and built-in methods are not visited
// spec: [language.statement.for-in]
var o = {};
Object.defineProperty(o, "hidden", { value: 1, enumerable: false });
Object.defineProperty(o, "shown", { value: 2, enumerable: true });
o.normal = 3;
var keys = [];
for (var k in o) keys.push(k);
print(keys.join(","));
var arr = [1, 2];
var ak = [];
for (var i in arr) ak.push(i);
print(ak.join(","));
class C { method() {} }
var inst = new C();
inst.field = 1;
var ck = [];
for (var c in inst) ck.push(c);
print(ck.join(","));
var m = [];
for (var x in Math) m.push(x);
print(m.length);
var frozen = Object.freeze({ f: 1 });
var fk = [];
for (var y in frozen) fk.push(y);
print(fk.join(","));
