// global parseInt/parseFloat/isNaN/isFinite coerce their arguments
// spec: [language.builtin.global]
print(parseInt === Number.parseInt, parseFloat === Number.parseFloat, isNaN === Number.isNaN);
print(isNaN("abc"), isNaN("12"), isNaN(""), isNaN(undefined), isNaN(null), isNaN([]), isNaN({}), isNaN("0x1"));
print(isFinite("12"), isFinite("1e400"), isFinite(null), isFinite(undefined), isFinite(true), isFinite("Infinity"));
try {
  isNaN(Symbol());
} catch (e) {
  print(e.name);
}
print(parseInt("  -0012.9e3abc"), parseFloat("  -0012.9e3abc"), parseInt("z", 36) + parseFloat(".5"));
print(isNaN.length, isFinite.length, parseInt.length, parseFloat.length, parseInt.name);
