// object destructuring declarations
// spec: [language.destructuring.binding]
var { a, b } = { a: 1, b: 2, c: 3 };
print(a, b);
var { a: renamed, missing = "def", c: cc = "unused" } = { a: "A", c: "C" };
print(renamed, missing, cc);
let { length } = "hello";
print(length);
const { x: { y: { z } } } = { x: { y: { z: "deep" } } };
print(z);
var { toFixed } = 5;
print(typeof toFixed);
var { 0: zero, 1: one } = ["first", "second"];
print(zero, one);
var { "quoted key": qk, 123: num } = { "quoted key": "q", 123: "n" };
print(qk, num);
var { inherited } = Object.create({ inherited: "from proto" });
print(inherited);
var { ...copy } = { p: 1, q: 2 };
print(JSON.stringify(copy));
