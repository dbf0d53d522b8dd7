// Map: set/get/has/delete/clear/size with any key type
// spec: [language.builtin.map-set]
var m = new Map();
var objKey = {}, fnKey = function () {};
print(m.set("s", 1) === m, m.size);
m.set(1, "number one").set("1", "string one").set(objKey, "object").set(fnKey, "function").set(null, "null").set(undefined, "undef");
print(m.size, m.get(1), m.get("1"), m.get(objKey), m.get(fnKey), m.get(null), m.get(undefined));
print(m.get({}), m.has(objKey), m.has({}), m.get("missing"));
print(m.delete("s"), m.delete("s"), m.size);
m.set(1, "replaced");
print(m.get(1), m.size);
m.clear();
print(m.size, m.get(1), m.has(null));
try {
  Map();
} catch (e) {
  print(e.name);
}
print(new Map().get(), Map.length, Map.name);
