// the catch parameter is scoped to the catch block
// spec: [language.binding.lexical]
var e = "outer e";
try {
  throw "inner e";
} catch (e) {
  print(e);
  var e = "assigned in catch";
  print(e);
}
print(e);
try {
  throw new Error("m");
} catch ({ message }) {
  print(message);
}
print(typeof message);
try {
  throw 1;
} catch {
  print("no binding");
}
let caught = [];
for (let i = 0; i < 2; i++) {
  try { throw i; } catch (err) { caught.push(() => err); }
}
print(caught[0](), caught[1]());
