// errors from destructuring
// spec: [language.destructuring.binding]
function attempt(label, f) {
  try {
    f();
    print(label, "ok");
  } catch (e) {
    print(label, e.name);
  }
}
attempt("object from undefined", () => { var { a } = undefined; });
attempt("array from null", () => { var [a] = null; });
attempt("array from number", () => { var [a] = 5; });
attempt("array from object", () => { var [a] = {}; });
attempt("object from number", () => { var { toFixed } = 1; });
attempt("empty object from null", () => { var {} = null; });
attempt("nested missing", () => { var { a: { b } } = {}; });
attempt("nested default", () => { var { a: { b } = { b: 1 } } = {}; });
attempt("rest from string", () => { var { ...r } = "ab"; });
attempt("getter throws", () => { var { g } = { get g() { throw new EvalError("e"); } }; });
