// trim, trimStart, trimEnd with every kind of white space and line terminator
// spec: [language.builtin.string-prototype]
var ws = " \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
var s = ws + "core" + ws;
print(JSON.stringify(s.trim()), s.trimStart().length - 4, s.trimEnd().length - 4);
print(JSON.stringify("  a b  ".trim()), JSON.stringify("  a b  ".trimStart()), JSON.stringify("  a b  ".trimEnd()));
print(JSON.stringify("\u200b x \u200b".trim()));
print(JSON.stringify("".trim()), JSON.stringify("   ".trim()));
print(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd);
print(String.prototype.trim.call(42), typeof "x".trim());
