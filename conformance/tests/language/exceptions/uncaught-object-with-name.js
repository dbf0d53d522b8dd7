// an uncaught plain object with a name property
// spec: [language.host.uncaught] [language.statement.try]
var errorLike = { name: "PlainObjectError", message: "not a real Error", code: 7 };
print(errorLike instanceof Error, "name" in errorLike);
function fail() {
  print("failing with code", errorLike.code);
  throw errorLike;
}
fail();
print("unreachable");
