// an uncaught error subclass reports its name
// spec: [language.host.uncaught] [language.statement.try]
class ValidationError extends Error {
  constructor(field) {
    super("invalid " + field);
    this.name = "ValidationError";
    this.field = field;
  }
}
function validate(user) {
  if (!user.email) throw new ValidationError("email");
  return true;
}
print(validate({ email: "a@b" }));
try {
  validate({});
} catch (e) {
  print(e.name, e.message, e.field, e instanceof ValidationError);
}
validate({ name: "no email" });
