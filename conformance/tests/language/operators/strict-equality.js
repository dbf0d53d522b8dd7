// === and !==
// spec: [language.equality.strict]
print(1 === 1, 1 === 1.0, "1" === 1, 1 !== "1");
print(NaN === NaN, NaN !== NaN, 0 === -0, -0 === 0);
print(null === null, undefined === undefined, null === undefined);
print("abc" === "ab" + "c", "\u00e9" === "é", "é" === "e\u0301");
print(true === 1, false === 0, "" === 0);
var o = {}, p = o;
print(o === p, o === {}, [] === []);
print(new String("a") === "a", new String("a") === new String("a"));
var s = Symbol("x");
print(s === s, s === Symbol("x"));
print(Infinity === Infinity, -Infinity === Infinity);
print(typeof null === typeof {}, null === Object(null));
