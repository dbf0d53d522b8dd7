// set algebra built from Set primitives
// spec: [language.builtin.map-set]
function union(a, b) { return new Set([...a, ...b]); }
function intersection(a, b) { return new Set([...a].filter((x) => b.has(x))); }
function difference(a, b) { return new Set([...a].filter((x) => !b.has(x))); }
var a = new Set([1, 2, 3, 4]), b = new Set([3, 4, 5]);
print([...union(a, b)].join(), [...intersection(a, b)].join(), [...difference(a, b)].join(), [...difference(b, a)].join());
var dedup = [...new Set([5, 1, 5, 2, 1, "5"])];
print(JSON.stringify(dedup));
var words = "the quick brown the lazy quick the".split(" ");
var counts = new Map();
for (var w of words) counts.set(w, (counts.get(w) || 0) + 1);
print(JSON.stringify([...counts]));
var sorted = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
print(sorted.map(([k, v]) => k + v).join(" "));
