// String.prototype.concat and += on strings
// spec: [language.builtin.string-prototype]
print("a".concat("b", "c"), "".concat(1, 2, 3), "x".concat(), "x".concat(null, undefined));
print("x".concat([1, 2], { a: 1 }), String.prototype.concat.call(1, 2));
var parts = ["a", "b", "c"];
print("".concat(...parts), "-".concat(parts));
try {
  "a".concat(Symbol("s"));
} catch (e) {
  print(e.name);
}
var s = "";
for (var i = 0; i < 1000; i++) s += "ab";
print(s.length, s.slice(-4));
var built = [];
for (var j = 0; j < 5; j++) built.push(String.fromCharCode(97 + j));
print(built.join(""));
