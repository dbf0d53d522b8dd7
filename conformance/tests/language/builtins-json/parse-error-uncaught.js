// an uncaught SyntaxError from JSON.parse
var config = JSON.parse('{"ok": true}');
print(config.ok);
var broken = JSON.parse("{'single': 'quotes'}");
print("unreachable");
