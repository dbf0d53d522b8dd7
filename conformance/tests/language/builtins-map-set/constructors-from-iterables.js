// Map and Set constructors consume iterables and call set/add
// spec: [language.builtin.map-set] [language.class.extends-builtins]
var m = new Map(new Map([["a", 1]]));
print(m.get("a"), new Map([["k", "v"]].values()).get("k"));
var fromSet = new Set(new Set([1, 2]).values());
print(fromSet.size);
var entriesWithExtra = new Map([["a", 1, "ignored"], ["b"]]);
print(entriesWithExtra.get("a"), entriesWithExtra.has("b"), entriesWithExtra.get("b"));
var strEntries = new Map(["ab", "cd"].map((s) => [...s]));
print(strEntries.get("a"), strEntries.get("c"));
try {
  new Map([1, 2]);
} catch (e) {
  print("primitive entry:", e.name);
}
var addCalls = 0;
class CountingSet extends Set {
  add(v) { addCalls++; return super.add(v); }
}
new CountingSet([1, 2, 2]);
print(addCalls);
var iterable = { [Symbol.iterator]() { var i = 0; return { next: () => ({ value: [i, i * i], done: i++ >= 3 }) }; } };
print(JSON.stringify([...new Map(iterable)]));
