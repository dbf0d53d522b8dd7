// the kinds of errors the engine itself throws
// spec: [language.builtin.error] [language.statement.try]
function kind(f) {
  try {
    f();
    return "none";
  } catch (e) {
    return e.name;
  }
}
print(kind(() => undefinedVar));
print(kind(() => null.x), kind(() => undefined()), kind(() => (1)()));
print(kind(() => new Array(-1)), kind(() => (1).toFixed(200)), kind(() => "a".repeat(-1)));
print(kind(() => JSON.parse("{")), kind(() => new Set().add.call({}, 1)));
print(kind(() => { "use strict"; undeclaredStrict = 1; }));
print(kind(() => Object.defineProperty(1, "x", {})), kind(() => Symbol() + ""));
print(kind(() => new (function () {}.bind())()), kind(() => ({}).x.y));
print(kind(() => { let a = a; }), kind(() => { const c = 1; c = 2; }));
