"use strict";
// deleting non-configurable properties throws in strict code
// spec: [language.operator.delete] [language.strict.errors]
function attempt(label, f) {
  try {
    print(label, f());
  } catch (e) {
    print(label, e.name);
  }
}
var o = { a: 1 };
Object.defineProperty(o, "fixed", { value: 2, configurable: false });
attempt("configurable", () => delete o.a);
attempt("missing", () => delete o.missing);
attempt("non-configurable", () => delete o.fixed);
attempt("array length", () => delete [].length);
attempt("string index", () => delete "abc"[0]);
attempt("Math.PI", () => delete Math.PI);
attempt("prototype of function", () => delete function () {}.prototype);
attempt("sealed", () => delete Object.seal({ s: 1 }).s);
attempt("array element", () => { var a = [1, 2]; delete a[0]; return a.length + ":" + (0 in a); });
