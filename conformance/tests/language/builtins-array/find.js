// find, findIndex, findLast, findLastIndex
// spec: [language.builtin.array-prototype]
var a = [5, 12, 8, 130, 44];
print(a.find((x) => x > 10), a.findIndex((x) => x > 10), a.findLast((x) => x > 10), a.findLastIndex((x) => x > 10));
print(a.find((x) => x > 1000), a.findIndex((x) => x > 1000), a.findLast((x) => x < 0), a.findLastIndex((x) => x < 0));
var visited = [];
[1, , 3].find((x, i) => { visited.push(i + ":" + x); return false; });
print(visited.join(","));
visited = [];
[1, , 3].findLast((x, i) => { visited.push(i + ":" + x); return false; });
print(visited.join(","));
var seenArray;
[1].find(function (x, i, arr) { seenArray = arr; });
print(Array.isArray(seenArray));
print([1, 2].find(function (x) { return x === this.want; }, { want: 2 }));
var growing = [1, 2];
var count = 0;
growing.find((x) => { count++; if (count === 1) growing.push(3); return false; });
print(count);
try {
  [1].find("not a function");
} catch (e) {
  print(e.name);
}
var people = [{ n: "a", age: 30 }, { n: "b", age: 20 }, { n: "c", age: 30 }];
print(people.find((p) => p.age === 30).n, people.findLast((p) => p.age === 30).n);
