// UTF-16 semantics: astral characters are two code units
// spec: [language.value.string]
var s = "a\u{1F600}b";
print(s.length, s.charCodeAt(1), s.charCodeAt(2), s.charCodeAt(3));
print(s.codePointAt(1), s.codePointAt(2), s.codePointAt(3));
print(s[1] === "\uD83D", s[2] === "\uDE00");
print(s.slice(1, 3) === "\u{1F600}", s.slice(1, 2).length);
print("\uD83D\uDE00" === "\u{1F600}", "😀".length);
var chars = [];
for (var ch of s) chars.push(ch.length);
print(JSON.stringify(chars));
print([..."x😀y😀"].length, Array.from("😀😀").length);
print("😀".split("").length, "😀".at(0) === "\uD83D");
print(s.indexOf("b"), s.lastIndexOf("\uDE00"));
