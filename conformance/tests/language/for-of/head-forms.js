// for-of heads: let, const, var, member targets, destructuring
// spec: [language.statement.for-of]
var o = {};
for (o.last of [1, 2, 3]);
print(o.last);
var arr = [];
var i = 0;
for (arr[i++] of "xyz");
print(arr.join(""), i);
for (const [a, b = "default"] of [[1], [2, 3]]) print(a, b);
for (let { length } of ["ab", "cde"]) print(length);
var x;
for (x of [7]);
print(x);
var closures = [];
for (let v of [1, 2]) closures.push(() => v);
for (var w of [1, 2]) closures.push(() => w);
print(closures.map((f) => f()).join(""));
