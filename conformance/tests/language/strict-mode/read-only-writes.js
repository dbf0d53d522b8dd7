"use strict";
// writes to read-only properties throw in strict code
// spec: [language.strict.errors]
function attempt(label, f) {
  try {
    f();
    print(label, "ok");
  } catch (e) {
    print(label, e.name);
  }
}
var o = {};
Object.defineProperty(o, "ro", { value: 1, writable: false });
attempt("non-writable", () => { o.ro = 2; });
attempt("getter only", () => { var g = { get x() { return 1; } }; g.x = 2; });
attempt("frozen", () => { Object.freeze(o); o.newProp = 1; });
attempt("non-extensible", () => { var p = Object.preventExtensions({}); p.x = 1; });
attempt("sealed existing ok", () => { var s = Object.seal({ a: 1 }); s.a = 2; });
attempt("inherited read-only", () => {
  var proto = Object.defineProperty({}, "ro", { value: 1 });
  var child = Object.create(proto);
  child.ro = 5;
});
attempt("array length", () => { var a = Object.freeze([1]); a.push(2); });
attempt("primitive property", () => { "str".prop = 1; });
attempt("NaN global", () => { NaN = 1; });
attempt("undefined global", () => { undefined = 1; });
print(o.ro);
