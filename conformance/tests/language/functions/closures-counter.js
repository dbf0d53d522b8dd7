// closures keep their environment alive and private
// spec: [language.function.closures]
function makeCounter(start) {
  var n = start;
  return {
    inc: function () { return ++n; },
    dec: function () { return --n; },
    get: function () { return n; },
  };
}
var c1 = makeCounter(0);
var c2 = makeCounter(100);
c1.inc(); c1.inc(); c2.dec();
print(c1.get(), c2.get(), typeof n);
function adders() {
  var list = [];
  for (var i = 1; i <= 3; i++) {
    (function (k) {
      list.push(function (x) { return x + k; });
    })(i);
  }
  return list;
}
print(adders().map(function (f) { return f(10); }).join(","));
function once(f) {
  var done = false, value;
  return function () {
    if (!done) { done = true; value = f(); }
    return value;
  };
}
var calls = 0;
var o = once(function () { return ++calls; });
print(o(), o(), o(), calls);
