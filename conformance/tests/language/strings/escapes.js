// escape sequences in string literals
// spec: [language.value.string]
print("tab\there".length, "a\nb".split("\n").length);
print("\x41\x42", "\u0043", "\u{44}", "\u{000045}");
print("quote\"s", 'single\'s', "back\\slash");
print("\b\f\v\r".length, "\0".charCodeAt(0));
print("line\
continued");
print("\q\w" === "qw", "\a" === "a");
print("\u2028".length, "\u2029".charCodeAt(0));
print(JSON.stringify("\t\n\u0001"));
print('mixed "quotes" inside', "it's");
var multi = "a" +
  "b" +
  "c";
print(multi);
