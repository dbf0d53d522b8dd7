// spread makes shallow copies
// spec: [language.spread.array] [language.spread.object]
var inner = { deep: 1 };
var arr = [inner, [1, 2]];
var c = [...arr];
c[0].deep = 2;
c[1].push(3);
c[2] = "new";
print(inner.deep, arr[1].length, arr.length, c.length);
var o = { nested: { v: 1 }, prim: 1 };
var oc = { ...o };
oc.nested.v = 42;
oc.prim = 2;
print(o.nested.v, o.prim);
var merged = { ...{ a: 1, b: { c: 1 } }, ...{ b: { d: 2 } } };
print(JSON.stringify(merged));
var s1 = new Set([1, 2]);
var s2 = new Set([...s1, 3]);
print(s1.size, s2.size);
var m = new Map([["k", 1]]);
var m2 = new Map([...m, ["j", 2]]);
print(m.size, m2.size, JSON.stringify([...m2.keys()]));
