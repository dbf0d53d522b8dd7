// concat spreads arrays one level, keeps other values as elements
// spec: [language.builtin.array-prototype]
var a = [1, 2];
print(JSON.stringify(a.concat(3, [4, 5], [[6]])));
print(JSON.stringify(a.concat()), a.concat() === a);
print(JSON.stringify([].concat("ab", null, undefined, { x: 1 })));
var holes = [1, , 3].concat([, 5]);
print(holes.length, 1 in holes, 3 in holes);
var arrayLike = { length: 1, 0: "a" };
print(JSON.stringify([0].concat(arrayLike)).length > 0, [0].concat(arrayLike).length);
class MyArr extends Array {}
var m = new MyArr(1, 2);
print([0].concat(m).length);
var args = (function () { return [].concat(arguments); })(1, 2);
print(args.length, Array.isArray(args[0]));
print(JSON.stringify(["a"].concat(["b"], "c", [["d"]], 7)));
