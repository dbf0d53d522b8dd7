// an uncaught thrown number
// spec: [language.host.uncaught] [language.statement.try]
print("start");
try {
  throw 1;
} catch (e) {
  print("caught", e);
}
function fail(code) { throw code; }
fail(42);
print("unreachable");
