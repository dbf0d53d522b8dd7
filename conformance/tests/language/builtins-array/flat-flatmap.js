// flat and flatMap
// spec: [language.builtin.array-prototype]
var nested = [1, [2, [3, [4, [5]]]]];
print(JSON.stringify(nested.flat()), JSON.stringify(nested.flat(2)), JSON.stringify(nested.flat(Infinity)));
print(JSON.stringify(nested.flat(0)), JSON.stringify(nested.flat(-1)), JSON.stringify(nested.flat("1")));
print(JSON.stringify([1, , 3, [4, , 6]].flat()));
print(JSON.stringify([[]].flat()), [].flat().length);
print(JSON.stringify(["a b", "c"].flatMap((s) => s.split(" "))));
print(JSON.stringify([1, 2].flatMap((x) => [x, [x * 10]])));
print(JSON.stringify([1, 2, 3].flatMap((x) => (x % 2 ? [] : x))));
print(JSON.stringify([1, 2].flatMap(function (x, i) { return [this.p + x + i]; }, { p: "p" })));
try {
  [1].flatMap();
} catch (e) {
  print(e.name);
}
var arrayLikeElem = [{ length: 1, 0: "not flattened" }];
print(arrayLikeElem.flat().length, typeof arrayLikeElem.flat()[0]);
