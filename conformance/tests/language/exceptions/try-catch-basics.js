// throw and catch of Error objects
// spec: [language.statement.try]
try {
  throw new Error("first");
} catch (e) {
  print(e.message, e.name, e instanceof Error);
}
function thrower() { throw new TypeError("typed"); }
try {
  thrower();
  print("not reached");
} catch (err) {
  print(err.name, err.message, err instanceof TypeError, err instanceof Error);
}
var after = "unchanged";
try {
  after = "changed in try";
} catch (e) {
  after = "in catch";
}
print(after);
try {
  null.prop;
} catch (e) {
  print(e.constructor === TypeError);
}
try {
  undefinedThing;
} catch (e) {
  print(e.constructor === ReferenceError);
}
