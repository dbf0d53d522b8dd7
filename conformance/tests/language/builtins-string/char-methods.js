// charAt, charCodeAt, codePointAt, at
// spec: [language.builtin.string-prototype]
var s = "A😀z";
print(s.charAt(0), s.charAt(1).length, s.charAt(3), JSON.stringify(s.charAt(4)));
print(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2), s.charCodeAt(9));
print(s.codePointAt(0), s.codePointAt(1), s.codePointAt(2), s.codePointAt(3), s.codePointAt(4));
print(s.at(-1), s.at(-2).charCodeAt(0), s.at(10));
print("abc".charAt("1"), "abc".charAt(true), "abc".charCodeAt(null), "abc".codePointAt(undefined));
print(String.prototype.charAt.call(12345, 2), String.prototype.at.call([1, 2], 1));
var lower = "";
for (var code = "a".charCodeAt(0); code <= "e".charCodeAt(0); code++) lower += String.fromCharCode(code - 32);
print(lower);
