// array destructuring declarations
// spec: [language.destructuring.binding]
var [a, b, c] = [1, 2, 3];
print(a, b, c);
let [x, , z] = [10, 20, 30];
print(x, z);
const [p, q = "default", r = p + 1] = [5];
print(p, q, r);
var [m, n] = [1];
print(m, n);
var [first, ...rest] = [1, 2, 3, 4];
print(first, JSON.stringify(rest));
var [, , third] = "abcd";
print(third);
var [[d1, d2], [d3]] = [[1, 2], [3]];
print(d1 + d2 + d3);
var [only] = [];
print(only);
var [hole = "filled"] = [,];
print(hole);
var [nul = "not used"] = [null];
print(nul);
