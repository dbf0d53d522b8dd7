// iterating strings: for-of, spread and Array.from go by code point
// spec: [language.builtin.string-prototype] [language.value.string]
var s = "a😀b\u00e9";
var out = [];
for (var c of s) out.push(c.codePointAt(0));
print(out.join(","));
print([..."héllo"].reverse().join(""));
var it = s[Symbol.iterator]();
var r1 = it.next();
print(r1.value, r1.done);
var r2 = it.next();
print(r2.value.length, r2.done);
it.next(); it.next();
var end = it.next();
print(end.value, end.done);
// lone surrogates are yielded on their own
var lone = "\uD800x\uDC00";
print([...lone].length, [...lone].map(function (c) { return c.length; }).join(""));
// for-in over a string gives indices (code units)
var keys = [];
for (var k in "a😀") keys.push(k);
print(keys.join(","));
print(Object.keys("abc").join(","), "abc"[1], "abc"["2"], "abc"[3]);
