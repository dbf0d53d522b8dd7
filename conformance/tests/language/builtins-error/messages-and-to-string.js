// message handling and Error.prototype.toString
// spec: [language.builtin.error]
var noMsg = new Error();
print(noMsg.message === "", noMsg.hasOwnProperty("message"), String(noMsg));
var undefMsg = new Error(undefined);
print(undefMsg.hasOwnProperty("message"), String(undefMsg));
print(new Error(42).message, typeof new Error(42).message, new Error(null).message, new Error({ toString() { return "obj"; } }).message);
var e = new Error("boom");
var d = Object.getOwnPropertyDescriptor(e, "message");
print(d.writable, d.enumerable, d.configurable);
print(e.toString(), Object.keys(e).length, JSON.stringify(e));
var ts = Error.prototype.toString;
print(ts.call({ name: "Custom", message: "m" }), ts.call({}), ts.call({ name: "", message: "only message" }), ts.call({ name: "OnlyName", message: "" }));
print(ts.call({ name: undefined, message: undefined }), ts.call({ name: 5, message: true }));
try {
  ts.call(1);
} catch (err) {
  print(err.name);
}
e.name = "Renamed";
print(String(e));
