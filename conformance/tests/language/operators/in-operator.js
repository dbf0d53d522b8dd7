// the in operator: own and inherited keys, arrays, strings not allowed
// spec: [language.operator.instanceof-in]
var o = { a: 1, u: undefined };
print("a" in o, "u" in o, "b" in o, "toString" in o);
print(0 in [1], 1 in [1], "length" in [], 0 in [, 1]);
var arr = ["x"];
print("0" in arr, 0.0 in arr, "00" in arr);
var s = Symbol("s");
o[s] = 1;
print(s in o);
print("a" in Object.create(o), "a" in Object.create(null));
try {
  "length" in "string";
} catch (e) {
  print("primitive rhs:", e.name);
}
try {
  "x" in null;
} catch (e) {
  print("null rhs:", e.name);
}
var key = { toString() { return "a"; } };
print(key in o);
print(1 in { 1: "one" }, "1" in { 1: "one" });
