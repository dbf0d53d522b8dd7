// slice vs substring vs substr
// spec: [language.builtin.string-prototype]
var s = "Hello, World";
print(s.slice(7), s.slice(-5), s.slice(0, -7), s.slice(7, 2) === "", s.slice(-100, 2));
print(s.substring(7), s.substring(-5, 2), s.substring(5, 0), s.substring(NaN, 3), s.substring(3, 100));
print(s.substr(7), s.substr(-5, 3), s.substr(0, 5), s.substr(3, -1) === "", s.substr(100) === "");
print(s.slice(2.9, 4.1), s.substring("1", "3"), s.substr("1", "3"));
print("😀ab".slice(0, 1).length, "😀ab".slice(1).length, "😀ab".substring(2));
print("abc".slice(), "abc".substring(), "abc".substr(), "abc".slice(undefined, 2));
