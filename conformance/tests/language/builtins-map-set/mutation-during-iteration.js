// deleting and adding while iterating: deleted entries are skipped, added ones are visited
// spec: [language.builtin.map-set]
var m = new Map([[1, "a"], [2, "b"], [3, "c"], [4, "d"]]);
var seen = [];
m.forEach((v, k) => {
  seen.push(k);
  if (k === 1) m.delete(3);
  if (k === 2) m.set(5, "e");
});
print(seen.join(","), m.size);
var s = new Set([1, 2, 3]);
var visited = [];
for (var x of s) {
  visited.push(x);
  s.delete(x);
  if (x < 3) s.add(x + 10);
}
print(visited.join(","), [...s].join(","));
var s2 = new Set(["a", "b", "c"]);
var out = [];
for (var v of s2) {
  out.push(v);
  if (v === "a") { s2.delete("a"); s2.add("a"); }
  if (out.length > 10) break;
}
print(out.join(""));
var m2 = new Map([["x", 1]]);
var it = m2.keys();
m2.clear();
m2.set("y", 2);
print(JSON.stringify(it.next()));
