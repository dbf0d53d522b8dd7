// the raw property of template strings
// spec: [language.template]
function raw(strings) { return strings.raw; }
var r = raw`a\nb\t${0}\u0041\\`;
print(r.length, r[0], r[1], r[0].length);
function cooked(strings) { return strings; }
var c = cooked`a\nb${0}\u0041`;
print(c[0].length, c[1], c.raw[1]);
print(Object.isFrozen(c), Object.isFrozen(c.raw), Array.isArray(c.raw));
function invalid(s) { return s[0] === undefined ? "cooked undefined, raw " + s.raw[0] : s[0]; }
print(invalid`\unicode`);
print(invalid`\xZZ`);
print(String.raw`\${x}`, String.raw`line1
line2`.length);
