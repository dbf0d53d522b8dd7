// Object.prototype.toString builtin tags
// spec: [language.builtin.object]
var ts = Object.prototype.toString;
var values = [undefined, null, 1, "s", true, Symbol(), {}, [], function () {}, new Error("e"),
  new TypeError("t"), new Map(), new Set(), new WeakMap(), Math, JSON, (function () { return arguments; })(),
  new Number(1), new String(""), new Boolean(false), class {}, () => {}];
print(values.map((v) => ts.call(v).slice(8, -1)).join(" "));
print(String({}), ({}).toString(), `${{}}`);
var tagged = { [Symbol.toStringTag]: "Tagged" };
print(ts.call(tagged));
var arrWithTag = [];
arrWithTag[Symbol.toStringTag] = "Fake";
print(ts.call(arrWithTag));
class Named { get [Symbol.toStringTag]() { return "FromClass"; } }
print(ts.call(new Named()), ts.call(Named));
print(ts.call(Object.create(null)));
