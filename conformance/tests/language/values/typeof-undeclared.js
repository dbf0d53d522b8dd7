// typeof of an undeclared identifier does not throw
// spec: [language.value.typeof]
print(typeof notDeclaredAnywhere);
print(typeof notDeclaredAnywhere === "undefined");
// but using it does
try {
  notDeclaredAnywhere;
} catch (e) {
  print(e instanceof ReferenceError, e.name);
}
// typeof of a member of an undeclared object still throws
try {
  typeof notDeclaredAnywhere.prop;
} catch (e) {
  print("member:", e.name);
}
// a var declared later is hoisted, so it is "undefined" not undeclared
print(typeof laterVar);
var laterVar = 3;
print(typeof laterVar);
// typeof of a let in TDZ throws
try {
  print(typeof inTdz);
} catch (e) {
  print("tdz:", e.name);
}
let inTdz = 1;
