// objects without a prototype
// spec: [language.object.prototypes]
var dict = Object.create(null);
dict.key = "value";
dict.toString = "not a method";
print(Object.getPrototypeOf(dict), "hasOwnProperty" in dict, dict.toString);
print(Object.keys(dict).join(","), JSON.stringify(dict));
try {
  String(dict);
} catch (e) {
  print("no toString/valueOf:", e.name);
}
var plain = Object.create(null);
try {
  plain + "";
} catch (e) {
  print("concat:", e.name);
}
print(Object.prototype.hasOwnProperty.call(dict, "key"), "key" in dict);
print(Object.prototype.toString.call(dict));
Object.setPrototypeOf(dict, { inherited: true });
print(dict.inherited, Object.keys(dict).join(","));
