// class bodies are always strict, even in a sloppy script
// spec: [language.class.scope] [language.strict.directive] [language.strict.errors]
class C {
  assignUndeclared() {
    try {
      classUndeclared = 1;
      return "no error";
    } catch (e) {
      return e.name;
    }
  }
  thisInPlainCall() {
    function inner() { return this; }
    return inner();
  }
  writeReadOnly() {
    var o = Object.freeze({ x: 1 });
    try { o.x = 2; return "no error"; } catch (e) { return e.name; }
  }
}
var c = new C();
print(c.assignUndeclared(), c.thisInPlainCall(), c.writeReadOnly());
function sloppyAgain() { return this === globalThis; }
print(sloppyAgain());
var fromField = new (class { f = function () { return this; }; })().f;
print(fromField());
