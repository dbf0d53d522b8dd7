// Function.prototype.call
// spec: [language.builtin.function]
function show(a, b) { return [String(this && this.tag), a, b].join(","); }
print(show.call({ tag: "T" }, 1, 2), show.call({ tag: "U" }), show.call({ tag: "V" }, ...[3, 4]));
print(Math.max.call(null, 1, 5, 3));
print(Array.prototype.slice.call({ 0: "a", 1: "b", length: 2 }).join(""));
print(Function.prototype.call.length, Function.prototype.call.name);
try {
  Function.prototype.call.call(5);
} catch (e) {
  print("call on non-function:", e.name);
}
var callCall = Function.prototype.call.call(function () { return this.v; }, { v: "nested call" });
print(callCall);
print(typeof Function.prototype.call.call(String, null, 5));
