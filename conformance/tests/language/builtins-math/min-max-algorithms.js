// small numeric algorithms built on Math
// spec: [language.builtin.math]
function gcd(a, b) { return b === 0 ? Math.abs(a) : gcd(b, a % b); }
print(gcd(48, 18), gcd(-12, 8), gcd(17, 5), gcd(0, 9));
function isPrime(n) {
  if (n < 2) return false;
  for (var d = 2, lim = Math.floor(Math.sqrt(n)); d <= lim; d++) if (n % d === 0) return false;
  return true;
}
var ps = [];
for (var k = 0; k < 60; k++) if (isPrime(k)) ps.push(k);
print(ps.join(","));
function clamp(x, lo, hi) { return Math.min(hi, Math.max(lo, x)); }
print(clamp(5, 0, 3), clamp(-1, 0, 3), clamp(NaN, 0, 3), clamp(2, 0, 3));
function roundTo(x, digits) { var f = 10 ** digits; return Math.round(x * f) / f; }
print(roundTo(3.14159, 2), roundTo(2.675, 2), roundTo(-1.005, 2), roundTo(1234.5, 0));
var data = [3, 1, 4, 1, 5, 9, 2, 6];
var mean = data.reduce((a, b) => a + b) / data.length;
var variance = data.reduce((a, b) => a + (b - mean) ** 2, 0) / data.length;
print(mean, variance, Math.round(Math.sqrt(variance) * 1000));
