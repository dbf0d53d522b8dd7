// calling something that is not a function throws TypeError
// spec: [language.function.definitions] [language.host.uncaught]
var o = { name: "obj" };
try {
  o.missing();
} catch (e) {
  print("caught", e.name);
}
try {
  (void 0)();
} catch (e) {
  print("caught", e instanceof TypeError);
}
print("now uncaught");
var notAFunction = 42;
notAFunction();
print("unreachable");
