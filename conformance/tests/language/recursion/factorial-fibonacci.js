// plain recursion
// spec: [language.function.recursion]
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
print(fact(0), fact(5), fact(20), fact(25), fact(170) < Infinity, fact(171));
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
print(fib(0), fib(1), fib(10), fib(20));
function sumDigits(n) { return n < 10 ? n : (n % 10) + sumDigits(Math.floor(n / 10)); }
print(sumDigits(987654321));
function power(b, e) {
  if (e === 0) return 1;
  var half = power(b, Math.floor(e / 2));
  return e % 2 ? half * half * b : half * half;
}
print(power(2, 30), power(3, 13), power(2, 1023) === 2 ** 1023);
