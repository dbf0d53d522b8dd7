// Number() conversion and new Number
// spec: [language.builtin.number]
print(Number(), Number(undefined), Number("  0012  "), Number("1e-3"), Number(false));
print(Number([]), Number(["7"]), Number([1, 2]), Number({ valueOf: () => "8" }));
print(typeof Number(1), typeof new Number(1), new Number(1) == 1, new Number(1) === 1);
try {
  Number(Symbol());
} catch (e) {
  print(e.name);
}
print(Number.length, Number.name, Number.prototype.valueOf.call(Number.prototype));
print(Number("0b102"), Number("0o19"), Number("0x1g"), Number(" 0b1 "), Number("-0b1"));
print(Number("1." + "0".repeat(400)), Number("0." + "0".repeat(330) + "1"));
print(Number(".e1"), Number("1e+"), Number("+.1"), Number("0.0000"), Number("١"));
