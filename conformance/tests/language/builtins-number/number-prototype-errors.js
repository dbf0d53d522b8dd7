// Number.prototype methods throw on non-number receivers
var methods = ["toString", "toFixed", "toPrecision", "toExponential", "valueOf"];
var receivers = [5, new Number(5), "5", {}, null];
for (var r of receivers) {
  print(methods.map((m) => { try { Number.prototype[m].call(r); return "ok"; } catch (e) { return e.name; } }).join(","));
}
print((5).toString === Number.prototype.toString, (5).constructor === Number);
