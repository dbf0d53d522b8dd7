// array methods are generic: they work on array-like objects
// spec: [language.builtin.array-prototype]
var al = { length: 3, 0: "a", 1: "b", 2: "c" };
var ap = Array.prototype;
print(ap.map.call(al, (x) => x.toUpperCase()).join(""));
print(ap.filter.call(al, (x) => x !== "b").join(""), ap.indexOf.call(al, "c"));
print(ap.reduce.call(al, (acc, x) => x + acc, ""), ap.some.call(al, (x) => x === "c"));
ap.push.call(al, "d");
print(al.length, al[3]);
print(JSON.stringify(ap.slice.call(al, 1, 3)), ap.join.call(al, ""));
ap.reverse.call(al);
print(al[0], al[3]);
ap.splice.call(al, 1, 2);
print(al.length, al[0], al[1], 2 in al);
var str = "hello";
print(ap.map.call(str, (c) => c.charCodeAt(0) - 100).join(","), ap.every.call(str, (c) => c > "a"));
var lengthy = { length: "2", 0: "x", 1: "y", 2: "ignored" };
print(ap.join.call(lengthy, "+"));
var negative = { length: -1, 0: "never" };
print(ap.join.call(negative), ap.slice.call(negative).length);
