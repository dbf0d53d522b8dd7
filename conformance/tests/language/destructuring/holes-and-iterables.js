// destructuring from iterables: strings, Maps, Sets, custom iterators
// spec: [language.destructuring.binding]
var [c1, c2] = "😀a";
print(c1.length, c2);
var map = new Map([["k1", 1], ["k2", 2]]);
var [[k, v], second] = map;
print(k, v, JSON.stringify(second));
for (var [key, val] of map) print(key + "=" + val);
var [s1, , s3] = new Set(["a", "b", "c"]);
print(s1, s3);
var pulled = 0;
var inf = { [Symbol.iterator]() { return { next() { pulled++; return { value: pulled, done: false }; }, return() { print("closed"); return {}; } }; } };
var [i1, i2] = inf;
print(i1, i2, pulled);
var [h1, h2, h3] = [, undefined, null];
print(h1, h2, h3);
var [...fromArgs] = (function () { return arguments; })(1, 2);
print(fromArgs.length);
