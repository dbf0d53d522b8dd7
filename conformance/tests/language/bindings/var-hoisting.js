// var declarations are hoisted to the function top with value undefined
// spec: [language.binding.hoisting]
print(v);
var v = 1;
print(v);
function f() {
  print("inner before:", x);
  if (false) {
    var x = 10;
  }
  print("inner after:", x);
  for (var i = 0; i < 3; i++) {}
  print("loop var:", i);
  return typeof y;
  var y;
}
print(f());
var v = 2; // redeclaring is allowed
print(v);
var v;
print(v);
