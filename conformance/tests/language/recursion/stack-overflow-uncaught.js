// uncaught runaway recursion ends the script with RangeError
// spec: [language.function.recursion] [language.host.stack-overflow] [language.host.uncaught]
function tail(n) { return tail(n + 1); }
function bounded(n) { return n === 0 ? "bounded ok" : bounded(n - 1); }
print(bounded(200));
try {
  tail(0);
} catch (e) {
  print("first overflow caught:", e.name);
}
print("about to overflow");
tail(0);
print("unreachable");
