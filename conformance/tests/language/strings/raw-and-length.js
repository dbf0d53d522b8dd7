// String.raw and lengths of odd strings
// spec: [language.builtin.string-constructor] [language.value.string]
print(String.raw`a\nb`.length, String.raw`a\nb`);
print(String.raw`\u0041${1 + 1}\t`);
print(String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3));
print(String.raw({ raw: "abc" }, "-", "+"));
print(String.raw({ raw: [] }, 1) === "");
var empty = "";
print(empty.length, "\u0000".length, "\u{10FFFF}".length);
print("a\
b".length);
