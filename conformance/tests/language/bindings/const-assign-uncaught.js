// assignment to a const binding throws a TypeError at run time
// spec: [language.binding.const-assign] [language.host.uncaught]
const limit = 10;
print("limit", limit);
function bump() {
  limit = limit + 1;
}
print("calling bump");
bump();
print("unreachable");
