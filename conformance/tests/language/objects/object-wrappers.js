// Object() converts primitives to wrapper objects and returns objects unchanged
// spec: [language.object.access]
var obj = {};
print(Object(obj) === obj, new Object(obj) === obj);
print(typeof Object(1), typeof Object("s"), typeof Object(true), typeof Object(Symbol()));
print(Object(null) instanceof Object, Object(undefined) instanceof Object, Object.keys(Object()).length);
var n = Object(42);
print(n instanceof Number, n.valueOf(), n + 1);
var s = Object("hi");
print(s.length, s[0], Object.keys(s).join(","), JSON.stringify(s));
print(Object.prototype.toString.call(Object(0)), Object.prototype.toString.call(Object("")), Object.prototype.toString.call(Object(false)));
