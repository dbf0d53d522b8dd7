// iterators of String, Map and Set
// spec: [language.iteration.protocol]
var si = "ab"[Symbol.iterator]();
print(Object.prototype.toString.call(si), si.next().value, si.next().value, si.next().done);
var m = new Map([["k", "v"]]);
var mi = m.entries();
print(Object.prototype.toString.call(mi), JSON.stringify(mi.next().value));
var ks = new Map([[1, "a"], [2, "b"]]).keys();
print(ks.next().value + ks.next().value, ks.next().done);
var s = new Set(["x"]);
var se = s.entries();
print(JSON.stringify(se.next().value), Object.prototype.toString.call(s.values()));
print(s.keys === s.values || Set.prototype.keys === Set.prototype.values);
var live = new Map();
var li = live.keys();
live.set("late", 1);
print(li.next().value);
var emptied = new Set([1, 2, 3]);
var ei = emptied.values();
ei.next();
emptied.clear();
print(ei.next().done);
