// Set: add/has/delete/clear/size and iteration
// spec: [language.builtin.map-set]
var s = new Set();
print(s.add(1) === s, s.add(1).size, s.add("1").size);
s.add(undefined).add(null);
print(s.size, s.has(undefined), s.has(null), s.has(2));
print(s.delete(1), s.delete(1), s.size);
print([...s].map(String).join(","));
print([...s.keys()].length, [...s.values()].length, JSON.stringify([...new Set(["x"]).entries()]));
var fe = [];
new Set(["a", "b"]).forEach(function (v, k, set) { fe.push(v + k + (set instanceof Set)); });
print(fe.join(" "));
s.clear();
print(s.size, [...s].length);
print(JSON.stringify([...new Set([3, 1, 3, 2, 1])]));
try {
  new Set(5);
} catch (e) {
  print(e.name);
}
print(new Set(null).size, new Set(undefined).size, new Map(null).size);
