// destructuring in for-of, for-in heads and in callbacks
// spec: [language.destructuring.positions]
var pairs = [[1, "one"], [2, "two"]];
for (const [n, word] of pairs) print(n, word);
for (var { name, age = "?" } of [{ name: "a", age: 3 }, { name: "b" }]) print(name, age);
for (var [k, v] of Object.entries({ x: 1, y: 2 })) print(k + v);
for (var [first, second] in { ab: 1, cd: 2 }) print(first, second);
var sums = [[1, 2], [3, 4]].map(([a, b]) => a + b);
print(sums.join());
var m = new Map([["a", { count: 1 }], ["b", { count: 2 }]]);
var total = 0;
m.forEach(({ count }, key) => { total += count; });
print(total);
var list = [];
for (let [i, { v = i * 10 }] of [[1, {}], [2, { v: "given" }]]) list.push(v);
print(list.join(","));
var a, b;
for ([a, b] of [[1, 2], [3, 4]]);
print(a, b);
