// holes vs undefined across methods
// spec: [language.builtin.array-length] [language.builtin.array-prototype] [language.spread.array]
var holes = [1, , 3];
var undefs = [1, undefined, 3];
print(holes.length, undefs.length, 1 in holes, 1 in undefs);
print(JSON.stringify(holes), JSON.stringify(undefs));
var c1 = 0, c2 = 0;
holes.forEach(() => c1++);
undefs.forEach(() => c2++);
print(c1, c2);
print(holes.indexOf(undefined), undefs.indexOf(undefined), holes.includes(undefined));
print(holes.join("-"), undefs.join("-"));
print(Object.keys(holes).join(), Object.keys(undefs).join());
var sparse = [];
sparse[2] = "c";
sparse[7] = "h";
var visited = [];
sparse.forEach((v, i) => visited.push(i));
print(sparse.length, visited.join(","), sparse.filter(() => true).length);
print(JSON.stringify([...sparse.keys()].length), sparse.map((x) => x).length);
var trailing = [1, 2, ,];
print(trailing.length, [, ].length, [, , ].length);
Array.prototype[1] = "from proto";
print(holes[1], holes.join(), 1 in holes, holes.hasOwnProperty(1));
delete Array.prototype[1];
