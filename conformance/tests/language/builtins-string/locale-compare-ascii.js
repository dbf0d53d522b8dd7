// localeCompare on plain ASCII letters: only the sign of the result is checked
// spec: [language.builtin.string-prototype]
function sign(x) { return x < 0 ? -1 : x > 0 ? 1 : 0; }
print(sign("a".localeCompare("b")), sign("b".localeCompare("a")), sign("a".localeCompare("a")));
print(sign("abc".localeCompare("abd")), sign("ab".localeCompare("abc")), sign("abc".localeCompare("ab")));
print(sign("apple".localeCompare("banana")), sign("zoo".localeCompare("apple")));
var words = ["pear", "fig", "apple", "date", "cherry"];
print(words.sort((a, b) => a.localeCompare(b)).join(" "));
print(typeof "a".localeCompare("b"));
