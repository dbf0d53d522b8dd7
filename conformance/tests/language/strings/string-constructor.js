// String() conversion and new String
// spec: [language.builtin.string-constructor] [language.value.string]
print(String(123), String(-0), String(null), String(undefined), String(true));
print(String([1, [2, 3]]), String({}), String([null, undefined, 1]));
print(String(Symbol("desc")), String(Symbol()));
print(String(), String(""), String(1e-7));
var ws = new String("hi");
print(typeof ws, ws.length, ws[0], ws instanceof String);
print(Object.keys(ws).join(","), JSON.stringify(ws));
try {
  new String(Symbol("x"));
} catch (e) {
  print(e.name);
}
var obj = { toString() { return "custom"; } };
print(String(obj), new String(obj).length);
print(String({ valueOf() { return 1; }, toString: undefined }));
print(String.prototype.length, typeof String.prototype.valueOf.call("x"));
