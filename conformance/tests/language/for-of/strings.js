// for-of over strings goes by code point
// spec: [language.builtin.string-prototype] [language.statement.for-of]
var codes = [];
for (var ch of "a😀é\u{10FFFF}") codes.push(ch.length);
print(codes.join(","));
var rev = "";
for (var c of "stressed") rev = c + rev;
print(rev);
var count = 0;
for (var _ of "") count++;
print(count);
var ws = new String("xy");
var got = [];
for (var w of ws) got.push(w);
print(got.join("+"));
var broken = "\uD83D" + "x" + "\uDE00";
var parts = [];
for (var p of broken) parts.push(p.charCodeAt(0).toString(16));
print(parts.join(","));
