// inner bindings shadow outer ones; parameters and functions
// spec: [language.binding.hoisting]
var x = "global";
function f(x) {
  print("param", x);
  {
    let x = "block";
    print("block", x);
  }
  var g = function () {
    var x = "nested";
    return x;
  };
  print("nested", g(), "param still", x);
}
f("arg");
print(x);
function h(a) {
  var a;
  return a;
}
print(h(7));
function k(a) {
  var a = 8;
  return a;
}
print(k(7));
var shadowMe = 1;
(function () {
  print(typeof shadowMe);
  var shadowMe = 2;
})();
