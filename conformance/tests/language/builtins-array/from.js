// Array.from with iterables, array-likes and a map function
// spec: [language.builtin.array-constructor] [language.builtin.array-prototype]
print(JSON.stringify(Array.from("a😀")), JSON.stringify(Array.from(new Set([1, 1, 2]))));
print(JSON.stringify(Array.from(new Map([["k", 1]]))));
print(JSON.stringify(Array.from({ length: 3 })), JSON.stringify(Array.from({ length: 2, 0: "x", 1: "y", 2: "z" })));
print(JSON.stringify(Array.from({ length: 4 }, (_, i) => i * i)));
print(JSON.stringify(Array.from([1, 2], function (x) { return x * this.k; }, { k: 10 })));
print(Array.from(5).length, Array.from(true).length, Array.from({}).length);
var holes = Array.from([1, , 3]);
print(1 in holes, holes[1]);
try {
  Array.from(null);
} catch (e) {
  print("null:", e.name);
}
try {
  Array.from([1], "not a function");
} catch (e) {
  print("bad mapFn:", e.name);
}
var args = (function () { return Array.from(arguments, (x) => x + 1); })(1, 2);
print(args.join(","));
var withIterator = { length: 5, [Symbol.iterator]() { return [7, 8][Symbol.iterator](); } };
print(Array.from(withIterator).join(","));
