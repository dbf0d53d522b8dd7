// an uncaught thrown string is reported with String(value)
var stage = "parsing";
try {
  throw "inner";
} finally {
  print("finally runs before the exception escapes");
}
