// numeric-loops: integer and floating-point arithmetic in tight loops over locals and a
// plain array (sieve of Eratosthenes, Collatz lengths, an integer hash mix, a Leibniz
// series). Measures the interpreter's dispatch, number fast paths and array indexing.
const out = typeof print === "function" ? print : console.log;

function sieve(n) {
  const composite = [];
  for (let i = 0; i <= n; i++) composite.push(false);
  let count = 0;
  for (let i = 2; i <= n; i++) {
    if (!composite[i]) {
      count++;
      for (let j = i * i; j <= n; j += i) composite[j] = true;
    }
  }
  return count;
}

function collatzMax(limit) {
  let best = 0;
  let bestStart = 0;
  for (let start = 1; start < limit; start++) {
    let n = start;
    let steps = 0;
    while (n !== 1) {
      n = n % 2 === 0 ? n / 2 : 3 * n + 1;
      steps++;
    }
    if (steps > best) {
      best = steps;
      bestStart = start;
    }
  }
  return bestStart * 1000 + best;
}

function hashMix(rounds) {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < rounds; i++) {
    h ^= i & 0xff;
    h = Math.imul(h, 0x01000193);
    h = (h << 5) ^ (h >>> 27) ^ i;
  }
  return h >>> 0;
}

function leibniz(terms) {
  let sum = 0;
  let sign = 1;
  for (let k = 0; k < terms; k++) {
    sum += sign / (2 * k + 1);
    sign = -sign;
  }
  return Math.floor(sum * 4e9);
}

const a = sieve(1200000);
const b = collatzMax(150000);
const c = hashMix(4000000);
const d = leibniz(4000000);
out("primes", a, "collatz", b, "hash", c, "pi", d);
out("checksum", (a * 31 + b + c + d) % 1000000007);
