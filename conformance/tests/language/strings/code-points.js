// String.fromCharCode / fromCodePoint / codePointAt
// spec: [language.value.string]
print(String.fromCharCode(72, 105), String.fromCharCode(0x10041));
print(String.fromCharCode(0xD83D, 0xDE00) === "😀", String.fromCharCode());
print(String.fromCodePoint(0x1F600).length, String.fromCodePoint(65, 0x10FFFF).length);
print(String.fromCodePoint(97, 98, 99), String.fromCharCode("65", 66.9));
try {
  String.fromCodePoint(0x110000);
} catch (e) {
  print(e.name);
}
try {
  String.fromCodePoint(1.5);
} catch (e) {
  print(e.name);
}
print("😀".codePointAt(0), "😀".codePointAt(1), "a".codePointAt(5));
print("\uDE00\uD83D".codePointAt(0), "\uD83D".codePointAt(0));
print("abc".charCodeAt(-1), "abc".charCodeAt(1.9), "abc".charCodeAt("2"));
print("\u00e9" === "é", "\x41", "\0".length, "\0".charCodeAt(0));
