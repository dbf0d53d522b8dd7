// for-of over Maps and Sets in insertion order
// spec: [language.statement.for-of]
var m = new Map([["one", 1], ["two", 2]]);
m.set("three", 3);
m.set("one", 100);
var r = [];
for (var [k, v] of m) r.push(k + "=" + v);
print(r.join(","));
var vals = [];
for (var val of m.values()) vals.push(val);
print(vals.join(","));
var s = new Set(["b", "a", "b", "c"]);
var items = [];
for (var it of s) items.push(it);
print(items.join(""));
var growing = new Set([1]);
var visited = [];
for (var g of growing) {
  visited.push(g);
  if (g < 5) growing.add(g + 1);
}
print(visited.join(","));
var shrinking = new Map([["a", 1], ["b", 2], ["c", 3]]);
var sv = [];
for (var [key] of shrinking) {
  sv.push(key);
  shrinking.delete("b");
}
print(sv.join(","));
