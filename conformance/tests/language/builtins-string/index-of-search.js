// indexOf, lastIndexOf, includes, startsWith, endsWith
// spec: [language.builtin.string-prototype]
var s = "abcabc";
print(s.indexOf("b"), s.indexOf("b", 2), s.indexOf("z"), s.indexOf(""), s.indexOf("", 10));
print(s.lastIndexOf("b"), s.lastIndexOf("b", 3), s.lastIndexOf("b", 0), s.lastIndexOf(""), s.lastIndexOf("c", -5));
print(s.indexOf("c", -3), s.lastIndexOf("a", NaN), s.indexOf(undefined), "undefined".indexOf());
print(s.includes("cab"), s.includes("cab", 3), s.includes(""), s.includes("a", 100));
print(s.startsWith("abc"), s.startsWith("bc", 1), s.startsWith("a", -5), s.startsWith(""));
print(s.endsWith("bc"), s.endsWith("ab", 2), s.endsWith("abc", 100), s.endsWith("c", 0));
print("😀x".indexOf("x"), "a😀".includes("\uDE00"));
print("aaa".lastIndexOf("aa"), "aaa".indexOf("aa", 1));
print("null".includes(null), "1,2".includes([1, 2]));
