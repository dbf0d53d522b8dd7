// Map and Set use SameValueZero: NaN equals NaN, -0 equals +0 (and is normalised to +0)
// spec: [language.builtin.map-set]
var m = new Map();
m.set(NaN, "nan");
m.set(-0, "zero");
print(m.get(NaN), m.get(0 / 0), m.get(0), m.get(-0), m.size);
print(Object.is([...m.keys()][1], -0), Object.is([...m.keys()][1], 0));
var s = new Set([NaN, NaN, 0, -0, "0", 0.0]);
print(s.size, s.has(NaN), s.has(-0), Object.is([...s][1], 0));
var objs = new Set([{}, {}]);
print(objs.size);
var keyArr = [1];
var m2 = new Map([[keyArr, "arr"]]);
print(m2.get(keyArr), m2.get([1]));
print(new Set(["a", "a", "b"]).size, new Set("hello").size, [...new Set("hello")].join(""));
