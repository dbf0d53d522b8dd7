// using objects as keys: identity, no string conversion
// spec: [language.builtin.map-set]
var a = { id: 1 }, b = { id: 1 };
var m = new Map([[a, "A"], [b, "B"]]);
print(m.size, m.get(a), m.get(b));
var plain = {};
plain[a] = "A";
plain[b] = "B";
print(Object.keys(plain).length, plain["[object Object]"]);
var visits = new Map();
function visit(node) { visits.set(node, (visits.get(node) || 0) + 1); }
var n1 = {}, n2 = {};
[n1, n2, n1, n1].forEach(visit);
print(visits.get(n1), visits.get(n2), visits.size);
var fnMap = new Map([[Math.max, "max"], [Math.min, "min"]]);
print(fnMap.get(Math.min));
var sym = Symbol("k");
var symMap = new Map([[sym, "symbol key"]]);
print(symMap.get(sym), symMap.get(Symbol("k")));
