// identifying errors thrown by the engine without relying on messages
// spec: [language.builtin.error]
function classify(f) {
  try {
    f();
  } catch (e) {
    return [e.name, e instanceof Error, e.constructor.name, typeof e.message].join("/");
  }
  return "no error";
}
print(classify(() => null.f));
print(classify(() => missingName));
print(classify(() => new Array(-5)));
print(classify(() => JSON.parse("x")));
print(classify(() => { throw new EvalError("custom"); }));
print(classify(() => { throw new URIError("custom"); }));
print(classify(() => (1).toString(0)));
print(classify(() => Symbol()()));
