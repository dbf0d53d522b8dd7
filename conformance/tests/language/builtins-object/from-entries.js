// Object.fromEntries from arrays, Maps and other iterables
// spec: [language.builtin.object]
print(JSON.stringify(Object.fromEntries([["a", 1], ["b", 2]])));
print(JSON.stringify(Object.fromEntries(new Map([["x", "X"], ["y", "Y"]]))));
print(JSON.stringify(Object.fromEntries([["dup", 1], ["dup", 2]])));
print(JSON.stringify(Object.fromEntries([[1, "num key"], [true, "bool key"]])));
var roundTrip = Object.fromEntries(Object.entries({ p: 1, q: 2 }).map(([k, v]) => [k.toUpperCase(), v * 10]));
print(JSON.stringify(roundTrip));
var s = Symbol("s");
print(Object.fromEntries([[s, "sym"]])[s]);
print(JSON.stringify(Object.fromEntries([])));
try {
  Object.fromEntries([1]);
} catch (e) {
  print(e.name);
}
try {
  Object.fromEntries(null);
} catch (e) {
  print(e.name);
}
try {
  Object.fromEntries(["ab", "cd"]);
} catch (e) {
  print("string entries:", e.name);
}
print(JSON.stringify(Object.fromEntries([{ 0: "k", 1: "v", length: 0 }])));
