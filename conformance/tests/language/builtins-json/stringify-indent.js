// the space argument: numbers (clamped to 10), strings (first 10 chars)
// spec: [language.builtin.json-stringify]
var v = { a: [1, { b: 2 }], c: "x", e: [], f: {} };
print(JSON.stringify(v, null, 2));
print(JSON.stringify([1, [2]], null, "--"));
print(JSON.stringify({ a: 1 }, null, 20).split("\n")[1].length);
print(JSON.stringify({ a: 1 }, null, "0123456789ABC").split("\n")[1]);
print(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, ""), JSON.stringify({ a: 1 }, null, -5));
print(JSON.stringify({ a: 1 }, null, 3.9).split("\n")[1].length, JSON.stringify([1], null, new Number(1)));
print(JSON.stringify({ a: 1 }, null, true), JSON.stringify([[]], null, "\t").length);
