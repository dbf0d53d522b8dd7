// toUpperCase / toLowerCase, including a few non-ASCII letters
// spec: [language.builtin.string-prototype]
print("Hello World".toUpperCase(), "Hello World".toLowerCase());
print("ÀÉÎõü".toLowerCase(), "àéîõü".toUpperCase());
print("ß".toUpperCase(), "ß".toUpperCase().length);
print("İ".toLowerCase().length, "ﬁ".toUpperCase());
print("123 !?".toUpperCase(), "".toLowerCase() === "");
print("ΑΒΓ".toLowerCase(), "straße".toUpperCase());
print(String.prototype.toUpperCase.call(true), String.prototype.toLowerCase.call(123));
try {
  String.prototype.toUpperCase.call(null);
} catch (e) {
  print(e.name);
}
print("𐐀".toLowerCase() === "𐐨", "𐐨".toUpperCase().codePointAt(0).toString(16));
