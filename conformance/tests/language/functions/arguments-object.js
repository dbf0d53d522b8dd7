// reading the arguments object
// spec: [language.function.arguments]
function f() {
  return arguments.length + ":" + Array.prototype.join.call(arguments, "|");
}
print(f(), f(1), f(1, "b", null));
function g(a, b) {
  return [arguments.length, g.length, arguments[0], arguments[2]].join(",");
}
print(g(1), g(1, 2, 3));
function isArr() {
  return [Array.isArray(arguments), typeof arguments, Object.prototype.toString.call(arguments)].join(" ");
}
print(isArr());
function toArr() {
  return Array.from(arguments).concat([...arguments]).length;
}
print(toArr(1, 2, 3));
function keys() {
  return Object.keys(arguments).join(",");
}
print(keys("a", "b"));
function iter() {
  var s = 0;
  for (var x of arguments) s += x;
  return s;
}
print(iter(1, 2, 3, 4));
