// replace with a string pattern: only the first match; special $ patterns
// spec: [language.builtin.string-prototype]
var s = "the cat sat on the mat";
print(s.replace("the", "a"), s.replace("dog", "x") === s);
print(s.replace("cat", "[$&]"), s.replace("cat", "$$"), s.replace("cat", "$$$$"));
print(s.replace("sat", "<$`>"), s.replace("sat", "<$'>"));
print("abc".replace("b", "$1"), "abc".replace("b", "$<n>"), "abc".replace("b", "$"), "abc".replace("b", "$0"));
print("abc".replace("", "_"), "".replace("", "x"));
print("aaa".replace("a", "b"), "x.y.z".replace(".", "-"));
print("abc".replace("b", undefined), "abc".replace("b", null), "abc".replace("b", 42));
print("1-2".replace(1, "one"), "null".replace(null, "N"));
