// closures over parameters and over `arguments`-derived values
// spec: [language.function.closures]
function bindFirst(f, first) {
  return function (second) { return f(first, second); };
}
var greet = bindFirst(function (a, b) { return a + ", " + b; }, "Hello");
print(greet("world"), greet("you"));
function counterFrom(n) {
  return () => n++;
}
var c = counterFrom(5);
print(c(), c(), c());
function collect() {
  var args = Array.prototype.slice.call(arguments);
  return function () { return args.join("+"); };
}
print(collect(1, 2, 3)());
function withDefault(x = 1, get = () => x) {
  x = 2;
  return get();
}
print(withDefault());
function paramScope(x, get = () => x) {
  var x = 3;
  return [x, get()].join(",");
}
print(paramScope(1));
