// Maps iterate in insertion order; updating a value keeps the position
// spec: [language.builtin.map-set]
var m = new Map([["c", 3], ["a", 1], ["b", 2]]);
m.set("a", 10);
m.delete("c");
m.set("c", 30);
print([...m.keys()].join(), [...m.values()].join(), JSON.stringify([...m.entries()]));
print(JSON.stringify([...m]), m[Symbol.iterator] === m.entries);
var fe = [];
m.forEach(function (value, key, map) { fe.push(key + "=" + value + (map === m)); });
print(fe.join(" "));
var numKeys = new Map([[10, "a"], [2, "b"], [1, "c"]]);
print([...numKeys.keys()].join());
var fromObj = new Map(Object.entries({ x: 1, y: 2 }));
print(fromObj.get("y"), Object.fromEntries(fromObj).x);
