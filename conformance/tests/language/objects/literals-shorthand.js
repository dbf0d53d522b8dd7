// shorthand properties and methods, computed keys
// spec: [language.literal.object]
var x = 1, y = "two";
var o = { x, y, z: x + 1 };
print(JSON.stringify(o));
var key = "dyn";
var c = { [key]: 1, [key + "2"]: 2, [`t${1}`]: 3, [1 + 1]: "num" };
print(JSON.stringify(c));
var m = {
  method() { return "m"; },
  "string key"() { return "s"; },
  [key + "Method"]() { return "computed"; },
  42() { return "numeric"; },
};
print(m.method(), m["string key"](), m.dynMethod(), m[42]());
print(Object.keys(m).join(","));
var nested = { inner: { x } };
print(nested.inner.x);
var fnProp = { f: function () {}, g: () => {}, h() {} };
print(fnProp.f.name, fnProp.g.name, fnProp.h.name);
