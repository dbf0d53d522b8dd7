// an uncaught thrown string is reported with String(value)
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
