// Object.prototype.valueOf returns the object itself
// spec: [language.builtin.object]
var o = {};
print(o.valueOf() === o, typeof Object.prototype.valueOf.call(1));
print(Object.prototype.valueOf.call("s") instanceof String);
try {
  Object.prototype.valueOf.call(null);
} catch (e) {
  print(e.name);
}
var arr = [1, 2];
print(arr.valueOf() === arr);
var custom = { valueOf() { return 7; } };
print(custom * 2, custom + "", custom > 6);
print(Number.prototype.valueOf.call(5), Boolean.prototype.valueOf.call(false), String.prototype.valueOf.call("x"));
try {
  Number.prototype.valueOf.call("5");
} catch (e) {
  print("Number.prototype.valueOf on string:", e.name);
}
