// indexOf, lastIndexOf, includes
// spec: [language.builtin.array-prototype]
var a = [1, 2, NaN, 2, -0, undefined, , "2"];
print(a.indexOf(2), a.lastIndexOf(2), a.indexOf("2"), a.indexOf(NaN), a.includes(NaN));
print(a.indexOf(0), a.includes(0), a.indexOf(-0), a.includes(+0));
print(a.indexOf(undefined), a.includes(undefined), a.lastIndexOf(undefined));
print(a.indexOf(2, 2), a.indexOf(2, -5), a.indexOf(1, -100), a.indexOf(1, 100));
print(a.lastIndexOf(2, 2), a.lastIndexOf(2, -6), a.lastIndexOf(2, -100));
print(a.includes(2, 4), a.includes(2, -5), a.includes(1, 1.9));
var obj = {};
print([obj].indexOf(obj), [obj].indexOf({}), [[1]].includes([1]));
print(Array.prototype.includes.call({ length: 2, 0: "x", 1: NaN }, NaN));
print(Array.prototype.indexOf.call("abcb", "b"), Array.prototype.lastIndexOf.call("abcb", "b"));
print([1, 2, 3].lastIndexOf(3, undefined), [1, 2, 3].lastIndexOf(3));
