// JSON.parse rejects everything outside the JSON grammar with SyntaxError
// spec: [language.builtin.json-parse]
var bad = ["", "{", "[1,]", '{"a":1,}', "{'a':1}", "{a:1}", "01", "1.", ".5", "+1", "0x10", "NaN", "Infinity",
  "undefined", '"\t"', '"\\x41"', "[1 2]", "tru", "nul", '"unterminated', "//c\n1", "1 2", "-", "\u00a01"];
var results = bad.map((s) => {
  try {
    JSON.parse(s);
    return "accepted";
  } catch (e) {
    return e.name === "SyntaxError" ? "S" : e.name;
  }
});
print(results.join(""));
var okWs = [" 1 ", "\t\n\r 2", "[\n]"];
print(okWs.map((s) => JSON.stringify(JSON.parse(s))).join(" "));
try {
  JSON.parse("{bad");
} catch (e) {
  print(e instanceof SyntaxError, e.constructor === SyntaxError, e instanceof Error);
}
print(JSON.parse({ toString() { return "[42]"; } })[0]);
try {
  JSON.parse(undefined);
} catch (e) {
  print("undefined:", e.name);
}
