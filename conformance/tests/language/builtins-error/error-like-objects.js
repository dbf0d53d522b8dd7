// throwing and catching things that merely look like errors
// spec: [language.builtin.error]
var fake = { name: "FakeError", message: "looks real", toString: Error.prototype.toString };
try {
  throw fake;
} catch (e) {
  print(e instanceof Error, String(e), e.name);
}
function OldStyleError(msg) {
  this.message = msg;
}
OldStyleError.prototype = Object.create(Error.prototype);
OldStyleError.prototype.constructor = OldStyleError;
OldStyleError.prototype.name = "OldStyleError";
try {
  throw new OldStyleError("legacy");
} catch (e) {
  print(e instanceof OldStyleError, e instanceof Error, String(e), Object.prototype.toString.call(e));
}
var wrapped = Object.assign(new Error("base"), { detail: "extra info" });
print(wrapped.detail, String(wrapped));
