// String.fromCharCode (UTF-16 code units, ToUint16) and String.fromCodePoint
// spec: [language.builtin.string-constructor] [language.builtin.string-prototype]
print(String.fromCharCode(65, 66, 67), String.fromCharCode(65 + 65536), String.fromCharCode(-1).charCodeAt(0));
print(String.fromCharCode(0x1F600).charCodeAt(0).toString(16), String.fromCharCode(3.7).charCodeAt(0));
print(String.fromCharCode(0xD83D, 0xDE00) === "😀", String.fromCharCode(0xD83D).length);
print(String.fromCodePoint(0x1F600) === "😀", String.fromCodePoint(0x41, 0x1F600, 0x42).length);
print(String.fromCodePoint(), String.fromCodePoint("66"), String.fromCodePoint(0xD800).length);
var bad = [-1, 0x110000, 1.5, NaN, Infinity, "x"];
print(bad.map((v) => { try { String.fromCodePoint(v); return "ok"; } catch (e) { return e.name; } }).join(","));
print(String.fromCharCode.length, String.fromCodePoint.length);
