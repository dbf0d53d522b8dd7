// Number.prototype methods throw on non-number receivers
// spec: [language.builtin.number]
var methods = ["toString", "toFixed", "toPrecision", "toExponential", "valueOf"];
var receivers = [5, new Number(5), "5", {}, null];
for (var r of receivers) {
  print(methods.map((m) => { try { Number.prototype[m].call(r); return "ok"; } catch (e) { return e.name; } }).join(","));
}
print((5).toString === Number.prototype.toString, (5).constructor === Number);
// a Number object with a different prototype is still accepted
var n = Object.setPrototypeOf(new Number(7), null);
print(Number.prototype.toFixed.call(n, 1), Number.prototype.valueOf.call(n));
var fakeNumber = Object.create(Number.prototype);
try {
  fakeNumber.toString();
} catch (e) {
  print("object inheriting from Number.prototype:", e.name);
}
