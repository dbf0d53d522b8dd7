// spread in array literals
// spec: [language.spread.array]
var a = [1, 2], b = [3];
print(JSON.stringify([...a, ...b, 4]), JSON.stringify([...[], ...[]]));
var copy = [...a];
copy.push(9);
print(a.length, copy.length);
print(JSON.stringify([..."héllo"]), [..."😀!"].length);
print(JSON.stringify([...new Map([[1, "a"], [2, "b"]])]));
var holes = [, 1, , 2];
var spreadHoles = [...holes];
print(spreadHoles.length, 0 in holes, 0 in spreadHoles, spreadHoles[0]);
print(JSON.stringify([...[1, [2, 3]]]));
function args() { return [...arguments]; }
print(JSON.stringify(args(1, "x", null)));
var nested = [0, ...[1, ...[2, ...[3]]]];
print(nested.join(""));
try {
  [...{ length: 1, 0: "a" }];
} catch (e) {
  print("array-like not iterable:", e.name);
}
