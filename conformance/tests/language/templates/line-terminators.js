// template literals keep line breaks; a backslash-newline is a line continuation
// spec: [language.template]
var t = `a
b`;
print(t.length, t.charCodeAt(1));
function raw(s) { return s.raw[0]; }
print(raw`x
y`.charCodeAt(1));
var withEscape = `c\
d`;
print(withEscape, withEscape.length);
print(`\n`.length, String.raw`\n`.length);
print(`tab\there`.indexOf("\t"), `\u{1F600}`.length);
