// Boolean() conversion and Boolean objects
// spec: [language.builtin.boolean]
print(Boolean(), Boolean(0), Boolean(""), Boolean("false"), Boolean([]), Boolean(NaN), Boolean(Symbol()));
var f = new Boolean(false);
print(typeof f, f.valueOf(), f == false, f === false, !f, f ? "truthy" : "falsy");
print(String(f), f + "", f.toString(), JSON.stringify(f), JSON.stringify([f, true]));
print(Boolean.length, Boolean.name, Boolean.prototype.valueOf(), Object.prototype.toString.call(f));
print(true.toString(), false.toString(), Boolean.prototype.toString.call(true));
try {
  Boolean.prototype.toString.call("true");
} catch (e) {
  print(e.name);
}
print(!!f, Boolean(f), [false, new Boolean(false)].filter(Boolean).length);
