// Array(), Array.of, Array.isArray
// spec: [language.builtin.array-constructor] [language.builtin.array-prototype]
print(Array(3).length, Array(3, 4).length, Array("3").length, JSON.stringify(Array("3")));
print(new Array(2).join("-"), JSON.stringify(new Array(1, 2)), Array().length);
print(0 in Array(1), JSON.stringify(Array(2)));
try {
  Array(1.5);
} catch (e) {
  print(e.name);
}
print(JSON.stringify(Array.of(3)), JSON.stringify(Array.of(1, "a", null)), Array.of().length);
print(Array.isArray([]), Array.isArray(new Array()), Array.isArray(Array.prototype));
print(Array.isArray({ length: 0 }), Array.isArray("abc"), Array.isArray(null), Array.isArray());
class Sub extends Array {}
print(Array.isArray(new Sub()), Array.isArray((function () { return arguments; })()));
print(Array.length, Array.of.length, Array.from.length);
