// slice with negative, out-of-range and non-integer arguments
// spec: [language.builtin.array-prototype]
var a = [0, 1, 2, 3, 4];
print(a.slice().join(), a.slice(2).join(), a.slice(1, 3).join(), a.slice(-2).join());
print(a.slice(-3, -1).join(), a.slice(3, 1).length, a.slice(10).length, a.slice(-10, 2).join());
print(a.slice(1.9, 3.1).join(), a.slice("1", "2").join(), a.slice(NaN).join(), a.slice(0, undefined).length);
var copy = a.slice();
copy.push(5);
print(a.length, copy.length);
var holes = [1, , 3].slice(0, 3);
print(holes.length, 1 in holes);
print(Array.prototype.slice.call("abc", 1).join(""), Array.prototype.slice.call({ length: 2, 1: "y" }).length);
print(Array.prototype.slice.call({ length: 2, 1: "y" }, 1).join());
var args = (function () { return Array.prototype.slice.call(arguments, 1); })(1, 2, 3);
print(args.join(), Array.isArray(args));
