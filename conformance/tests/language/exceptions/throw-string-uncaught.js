// an uncaught thrown string is reported with String(value)
// spec: [language.host.uncaught] [language.statement.try]
var stage = "parsing";
try {
  try {
    throw "first";
  } catch (s) {
    print("caught", s);
  }
  throw "inner";
} finally {
  print("finally runs before the exception escapes");
}
