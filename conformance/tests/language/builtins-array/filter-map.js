// filter and map
// spec: [language.builtin.array-prototype]
var a = [1, 2, 3, 4, 5];
print(a.filter((x) => x % 2).join(), a.map((x) => x * x).join(), a.map(String).join("|"));
print(["1", "2", "3"].map(Number).join("+"), ["1", "2", "3"].map(parseInt).join(","));
var holes = [1, , 3];
var mapped = holes.map((x) => x * 10);
print(mapped.length, 1 in mapped, JSON.stringify(mapped));
var filtered = holes.filter(() => true);
print(filtered.length, JSON.stringify(filtered));
var calls = [];
[10, 20].map(function (v, i, arr) { calls.push(v + "@" + i + "/" + arr.length); });
print(calls.join(" "));
print(JSON.stringify([1, 2].map(() => {})), [0, "", null, "a", 1].filter(Boolean).join());
var objs = [{ id: 1, keep: true }, { id: 2 }, { id: 3, keep: 1 }];
print(objs.filter((o) => o.keep).map((o) => o.id).join());
var mutating = [1, 2, 3];
var seen = mutating.map((x, i) => { if (i === 0) mutating.pop(); return x; });
print(seen.length, 2 in seen, JSON.stringify(seen));
