// replacer functions and arrays
// spec: [language.builtin.json-stringify]
var calls = [];
var out = JSON.stringify({ a: 1, b: [2, 3], c: { d: 4 } }, function (key, value) {
  calls.push(JSON.stringify(key) + ":" + (typeof value === "object" ? (Array.isArray(value) ? "array" : "object") : value));
  return value;
});
print(out);
print(calls.join(" "));
print(JSON.stringify({ a: 1, b: "2", c: 3 }, (k, v) => (typeof v === "number" ? v * 10 : v)));
print(JSON.stringify({ a: 1, b: 2 }, (k, v) => (k === "a" ? undefined : v)));
print(JSON.stringify([1, 2], (k, v) => (k === "0" ? undefined : v)));
print(JSON.stringify({ x: 1 }, (k, v) => (k === "" ? [v, "wrapped"] : v)));
print(JSON.stringify({ a: 1, b: 2, c: { a: 3, z: 4 } }, ["a", "c"]));
print(JSON.stringify({ 1: "one", 2: "two" }, [1]), JSON.stringify({ a: 1, b: 2 }, ["b", "a", "b"]));
print(JSON.stringify([{ a: 1, b: 2 }], ["b"]), JSON.stringify({ a: 1 }, [new String("a"), {}]));
var thisSeen = [];
JSON.stringify({ p: { q: 1 } }, function (k, v) { thisSeen.push(Object.keys(this).join()); return v; });
print(thisSeen.join(" | "));
