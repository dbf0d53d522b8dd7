// substitutions are evaluated left to right, converted with ToString at once
// spec: [language.template]
var log = [];
function v(name) { log.push(name); return { toString() { log.push("str " + name); return name; } }; }
var s = `${v("a")}-${v("b")}`;
print(s, log.join(","));
log = [];
function tag(strings, ...vals) { log.push("tag"); return vals.length; }
print(tag`${v("x")}${v("y")}`, log.join(","));
var i = 0;
print(`${i++}${i++}${i++}`, i);
try {
  `${Symbol("s")}`;
} catch (e) {
  print(e.name);
}
var throwing = { toString() { throw new URIError("u"); } };
try {
  `${throwing}`;
} catch (e) {
  print(e.name, e.message);
}
