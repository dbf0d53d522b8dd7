// destructuring assignment, including the swap idiom
// spec: [language.destructuring.assignment]
var a = 1, b = 2;
[a, b] = [b, a];
print(a, b);
var arr = [1, 2, 3];
[arr[0], arr[2]] = [arr[2], arr[0]];
print(arr.join(""));
var o = {};
({ x: o.first, y: o["second"] } = { x: "X", y: "Y" });
print(o.first, o.second);
var m, n;
({ m, n = "dn" } = { m: "M" });
print(m, n);
var result = ([a, b] = [10, 20]);
print(Array.isArray(result), result.length, a, b);
var i, j, k;
[i, [j, k]] = [1, [2, 3]];
print(i + j + k);
var obj = { list: [] };
[obj.list[0], obj.list[1]] = "ab";
print(obj.list.join("-"));
var x1, y1;
({ a: x1 = 5, ...y1 } = { b: 1, c: 2 });
print(x1, JSON.stringify(y1));
