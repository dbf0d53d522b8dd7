// for-in head forms: var, let, const, existing references, destructuring
// spec: [language.statement.for-in]
var target = {};
var i = 0;
var arr = [];
for (target.prop in { a: 1, b: 2 }) arr.push(target.prop);
print(arr.join(","), target.prop);
var list = [];
for (list[i++] in { x: 1, y: 2, z: 3 });
print(list.join(","), i);
for (let k in { only: 1 }) print(k);
for (const k in { c1: 1 }) print(k);
var last;
for (last in { first: 1, second: 2 });
print(last);
var fns = [];
for (let k in { p: 1, q: 2 }) fns.push(() => k);
print(fns.map((f) => f()).join(""));
