// at with positive, negative and out-of-range indices
// spec: [language.builtin.array-prototype]
var a = ["a", "b", "c"];
print(a.at(0), a.at(2), a.at(3), a.at(-1), a.at(-3), a.at(-4));
print(a.at(), a.at("1"), a.at(1.9), a.at(-1.9), a.at(NaN));
print([, "x"].at(0), [].at(0));
print(Array.prototype.at.call({ length: 2, 0: "al0", 1: "al1" }, -1));
print(Array.prototype.at.call("str", -1));
var last = (arr) => arr.at(-1);
print(last([1, 2, 3]), last([]));
