// closures created in the same scope share the same variables
// spec: [language.function.closures]
function pair() {
  var value = 0;
  function get() { return value; }
  function set(v) { value = v; }
  return [get, set];
}
var [get1, set1] = pair();
var [get2] = pair();
set1(42);
print(get1(), get2());
var fns = [];
function make() {
  var shared = 0;
  for (var i = 0; i < 3; i++) fns.push(function () { return ++shared; });
}
make();
print(fns[0](), fns[1](), fns[2](), fns[0]());
var x = 1;
function readX() { return x; }
x = 2;
print(readX());
function outer() {
  var late = "initial";
  var reader = function () { return late; };
  late = "updated";
  return reader;
}
print(outer()());
