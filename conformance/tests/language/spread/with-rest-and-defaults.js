// spread combined with rest parameters and defaults
// spec: [language.spread.call]
function collect(first = "F", ...rest) {
  return first + ":" + rest.join("");
}
print(collect(...[]), collect(...[undefined, 1, 2]), collect(...["a"], ..."bc"));
function apply(f, ...args) { return f(...args); }
print(apply(Math.max, 1, 9, 3), apply(String.fromCharCode, 104, 105));
var bound = apply.bind(null, (...xs) => xs.length);
print(bound(...[1, 2, 3]));
var matrix = [[1, 2], [3, 4]];
var flat = [].concat(...matrix);
print(flat.join(","));
var transposed = matrix[0].map((_, i) => matrix.map((row) => row[i]));
print(JSON.stringify(transposed));
