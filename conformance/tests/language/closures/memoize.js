// a closure used as a cache
// spec: [language.function.closures]
function memoize(f) {
  var cache = new Map();
  var hits = 0;
  function wrapped(n) {
    if (cache.has(n)) { hits++; return cache.get(n); }
    var r = f(n);
    cache.set(n, r);
    return r;
  }
  wrapped.hits = function () { return hits; };
  return wrapped;
}
var fib = memoize(function (n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); });
print(fib(50), fib(70), fib.hits());
var sq = memoize(function (x) { return x * x; });
sq(3); sq(3); sq(4);
print(sq.hits(), fib.hits());
print(fib(90) === 2880067194370816000);
