// String.raw as a tag and as a function
// spec: [language.builtin.string-constructor] [language.builtin.string-prototype]
print(String.raw`C:\new\table`, String.raw`\t`.length);
print(String.raw`sum: ${1 + 2}\n`);
print(String.raw({ raw: ["a", "b", "c"] }, 1), String.raw({ raw: ["a", "b"] }, 1, 2, 3));
print(String.raw({ raw: { length: 2, 0: "x", 1: "y" } }, "-"));
print(String.raw({ raw: { length: 0 } }) === "", String.raw({ raw: "xyz" }, 1, 2));
try {
  String.raw({});
} catch (e) {
  print(e.name);
}
try {
  String.raw();
} catch (e) {
  print(e.name);
}
