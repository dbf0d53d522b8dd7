// a classic mixing loops, conditions and string building
// spec: [language.statement.basic]
var out = [];
for (var i = 1; i <= 20; i++) {
  var s = "";
  if (i % 3 === 0) s += "Fizz";
  if (i % 5 === 0) s += "Buzz";
  out.push(s || i);
}
print(out.join(" "));
var primes = [];
outer: for (var n = 2; primes.length < 15; n++) {
  for (var p of primes) {
    if (p * p > n) break;
    if (n % p === 0) continue outer;
  }
  primes.push(n);
}
print(primes.join(","));
