// objects are shared by reference; copies are explicit
// spec: [language.object.access]
function addItem(list, item) { list.push(item); return list; }
var original = [];
var returned = addItem(original, 1);
print(original.length, returned === original);
function reassign(obj) { obj = { replaced: true }; return obj; }
var o = { kept: true };
reassign(o);
print(JSON.stringify(o));
var a = { v: 1 };
var b = a;
b.v = 2;
print(a.v);
var shallow = Object.assign({}, { inner: { v: 1 } });
var src = { inner: { v: 1 } };
var copy = { ...src };
copy.inner.v = 99;
print(src.inner.v);
var deep = JSON.parse(JSON.stringify(src));
deep.inner.v = 0;
print(src.inner.v, deep.inner.v);
var m = new Map();
m.set(a, "by identity");
print(m.get(b), m.get({ v: 2 }));
