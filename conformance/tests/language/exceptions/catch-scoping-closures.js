// the catch binding is a fresh binding per catch; closures capture it
// spec: [language.statement.try]
var handlers = [];
for (var i = 0; i < 3; i++) {
  try {
    throw i * 10;
  } catch (code) {
    handlers.push(() => code);
  }
}
print(handlers.map((h) => h()).join(","));
function catchShadows() {
  var err = "outer";
  try { throw "inner"; } catch (err) { err = "modified"; }
  return err;
}
print(catchShadows());
try {
  throw new Error("orig");
} catch (e) {
  var alias = e;
  e = "reassigned";
  print(alias.message, e);
}
