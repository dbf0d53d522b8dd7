// arrows have no own `arguments`; they see the enclosing function's
// spec: [language.function.arguments] [language.function.arrow]
function outer() {
  var arrow = () => arguments.length + ":" + arguments[0];
  return arrow("ignored", "also");
}
print(outer("first", "second", "third"));
function sum() {
  return (() => {
    var s = 0;
    for (var i = 0; i < arguments.length; i++) s += arguments[i];
    return s;
  })();
}
print(sum(1, 2, 3));
var restArrow = (...args) => args.length;
print(restArrow(1, 2, 3, 4));
function nestedArrows() {
  return (() => (() => arguments[1])())();
}
print(nestedArrows("a", "b"));
