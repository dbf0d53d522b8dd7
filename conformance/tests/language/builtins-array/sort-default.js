// default sort compares strings; undefined goes last, holes after that
// spec: [language.builtin.array-prototype] [language.builtin.array-sort]
print([10, 9, 1, 100, 25].sort().join());
print(["b", "a", "C", "B", "c", "A"].sort().join(""));
print([true, false, null, "null", "true"].sort().join());
var withUndef = [3, undefined, 1, undefined, 2];
print(JSON.stringify(withUndef.sort()));
var holes = [3, , 1, undefined, 2, , ];
holes.sort();
print(holes.length, JSON.stringify(holes), 4 in holes, 5 in holes);
print([-1, -2, 0, -0.5, 1].sort().join());
print(["é", "e", "z", "E", "😀", "\uFFFF"].sort().map((s) => s.charCodeAt(0)).join());
var arr = [2, 1];
print(arr.sort() === arr);
print([[2, "b"], [1, "z"], [1, "a"]].sort().join(";"));
