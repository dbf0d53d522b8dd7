// JSON.stringify of primitives, arrays and objects
// spec: [language.builtin.json-stringify]
print(JSON.stringify(1), JSON.stringify("s"), JSON.stringify(true), JSON.stringify(null));
print(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(Symbol("x")));
print(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-0), JSON.stringify(1e21), JSON.stringify(0.1 + 0.2));
print(JSON.stringify([1, "a", null, undefined, function () {}, Symbol(), NaN]));
print(JSON.stringify({ a: 1, b: undefined, c: function () {}, d: Symbol(), e: null, [Symbol("k")]: 1 }));
print(JSON.stringify({ nested: { arr: [{ x: [] }, {}] } }));
print(JSON.stringify([, 1]), JSON.stringify(new Array(2)));
print(JSON.stringify(new Number(3)), JSON.stringify(new String("w")), JSON.stringify(new Boolean(false)), JSON.stringify(Object(Symbol())));
print(JSON.stringify({ 2: "b", 1: "a", z: 1, y: 2 }));
var hidden = Object.defineProperty({ shown: 1 }, "hidden", { value: 2 });
print(JSON.stringify(hidden), JSON.stringify(Object.create({ inherited: 1 })));
print(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(new Error("e")));
