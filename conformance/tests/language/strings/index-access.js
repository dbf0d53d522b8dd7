// bracket access, charAt and at on strings
// spec: [language.value.string]
var s = "hello";
print(s[0], s[4], s[5], s[-1]);
print(s.charAt(0), s.charAt(10) === "", s.charAt(-1) === "", s.charAt());
print(s.at(0), s.at(-1), s.at(-5), s.at(5), s.at(1.7));
print(s["length"], s[1.0], s["1"], s["01"]);
print("" [0], "".charAt(0) === "");
var idx = { valueOf: function () { return 2; } };
print(s.charAt(idx), s.at(idx));
print("abc".charAt(NaN), "abc".at(NaN), "abc".at("-1"));
var codes = "";
for (var i = 0; i < s.length; i++) codes += s.charCodeAt(i) % 10;
print(codes);
