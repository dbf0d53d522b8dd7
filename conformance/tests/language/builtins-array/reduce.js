// reduce and reduceRight
// spec: [language.builtin.array-prototype]
var a = [1, 2, 3, 4];
print(a.reduce((acc, x) => acc + x), a.reduce((acc, x) => acc + x, 10), a.reduceRight((acc, x) => acc + x, ""));
print(["a", "b", "c"].reduce((acc, x) => acc + x), ["a", "b", "c"].reduceRight((acc, x) => acc + x));
var calls = [];
[10, 20, 30].reduce(function (acc, x, i, arr) { calls.push(acc + "+" + x + "@" + i); return acc + x; });
print(calls.join(" "));
print([5].reduce(() => "not called"), [].reduce((a, b) => a + b, "initial"));
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  print("empty without initial:", e.name);
}
try {
  [, ,].reduceRight((a, b) => a + b);
} catch (e) {
  print("only holes:", e.name);
}
print([, 1, , 2].reduce((acc, x) => acc + x));
var grouped = ["apple", "avocado", "banana", "cherry", "blueberry"].reduce((g, w) => {
  (g[w[0]] = g[w[0]] || []).push(w);
  return g;
}, {});
print(JSON.stringify(grouped));
var flat = [[1, 2], [3], []].reduce((acc, x) => acc.concat(x), []);
print(flat.join());
