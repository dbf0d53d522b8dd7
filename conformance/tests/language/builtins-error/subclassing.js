// subclasses of Error via class extends
// spec: [language.builtin.error] [language.class.extends-builtins]
class AppError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
  get name() { return "AppError"; }
}
class NotFound extends AppError {
  constructor(what) { super(what + " not found", 404); }
  get name() { return "NotFound"; }
}
var e = new NotFound("page");
print(e.message, e.code, e.name, String(e));
print(e instanceof NotFound, e instanceof AppError, e instanceof Error, e instanceof TypeError);
print(Object.prototype.toString.call(e), e.constructor === NotFound);
class Plain extends Error {}
var p = new Plain("plain");
print(p.name, String(p), p.constructor.name);
class Named extends TypeError { constructor(m) { super(m); this.name = "Named"; } }
var n = new Named("x");
print(n instanceof TypeError, String(n), Object.keys(n).join());
try {
  throw new NotFound("user");
} catch (err) {
  print(err instanceof AppError ? "handled " + err.code : "rethrow");
}
