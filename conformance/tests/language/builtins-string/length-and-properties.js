// length and own properties of strings and String objects
// spec: [language.builtin.string-prototype] [language.value.string]
print("".length, "a".length, "😀".length, "\u0000".length, "é".length, "e\u0301".length);
var s = new String("hey");
s.custom = 1;
print(s.length, Object.keys(s).join(","), Object.getOwnPropertyNames(s).join(","));
print(s.hasOwnProperty(0), s.hasOwnProperty(3), s.propertyIsEnumerable("length"));
s[0] = "X";
s[5] = "beyond";
print(s[0], String(s), s[5], s.length);
print(String.prototype.length, Object.prototype.toString.call(String.prototype));
print(String.length, String.name, String.raw.length);
