// an uncaught SyntaxError from JSON.parse
// spec: [language.builtin.json-parse] [language.host.uncaught]
var config = JSON.parse('{"ok": true, "list": [1, 2]}');
print(config.ok, config.list.length);
try {
  JSON.parse("[1, 2,]");
} catch (e) {
  print("trailing comma:", e.name);
}
var broken = JSON.parse("{'single': 'quotes'}");
print("unreachable");
