// methods, arrows and many built-ins are not constructors
// spec: [language.new]
function tryNew(label, f) {
  try {
    new f();
    print(label, "constructed");
  } catch (e) {
    print(label, e.name);
  }
}
var o = { m() {}, get g() { return 1; } };
tryNew("method", o.m);
tryNew("arrow", () => {});
tryNew("builtin method", Array.prototype.push);
tryNew("Math.max", Math.max);
tryNew("Symbol", Symbol);
tryNew("bound fn", function () {}.bind(null));
tryNew("plain fn", function () {});
tryNew("number", 5);
tryNew("class", class {});
