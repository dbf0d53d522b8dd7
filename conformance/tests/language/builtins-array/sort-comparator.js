// sort with comparators, stability, and comparator results
// spec: [language.builtin.array-prototype] [language.builtin.array-sort]
var nums = [10, 1, 5, 100, 50];
print(nums.slice().sort((a, b) => a - b).join(), nums.slice().sort((a, b) => b - a).join());
var people = [
  { name: "a", age: 30 }, { name: "b", age: 25 }, { name: "c", age: 30 },
  { name: "d", age: 25 }, { name: "e", age: 30 }, { name: "f", age: 20 },
];
print(people.slice().sort((x, y) => x.age - y.age).map((p) => p.name).join(""));
print(people.slice().sort((x, y) => y.age - x.age).map((p) => p.name).join(""));
var words = ["banana", "Apple", "cherry", "apple"];
print(words.slice().sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0).join());
print([3, 1, 2].sort(() => 0).join(), [3, 1, 2].sort((a, b) => (a < b ? -1 : 1)).join());
var withUndef = [3, undefined, 1];
var compared = [];
withUndef.sort((a, b) => { compared.push(typeof a, typeof b); return a - b; });
print(withUndef.join(), compared.indexOf("undefined"));
print([0.5, -0.5, 2, -3].sort((a, b) => a - b).join());
print(["10", "9", "1"].sort((a, b) => a - b).join());
try {
  [2, 1].sort("not a function");
} catch (e) {
  print(e.name);
}
print([2, 1].sort(undefined).join());
var big = [];
for (var i = 0; i < 200; i++) big.push({ k: i % 7, i: i });
big.sort((a, b) => a.k - b.k);
var stable = big.every((x, j) => j === 0 || big[j - 1].k < x.k || big[j - 1].i < x.i);
print(stable, big[0].i, big[199].i);
