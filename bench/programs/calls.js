// calls: function-call-heavy recursion. Naive Fibonacci, Takeuchi's function, Ackermann
// (small arguments: recursion stays a few hundred frames deep), and recursive permutation counting with an array swapped in place.
// Measures call/return overhead, argument passing and stack frames.
const out = typeof print === "function" ? print : console.log;

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

function tak(x, y, z) {
  return y >= x ? z : tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
}

function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

function permutations(arr, k) {
  if (k === arr.length) return arr[0] * 3 + arr[arr.length - 1];
  let sum = 0;
  for (let i = k; i < arr.length; i++) {
    let t = arr[k]; arr[k] = arr[i]; arr[i] = t;
    sum += permutations(arr, k + 1);
    t = arr[k]; arr[k] = arr[i]; arr[i] = t;
  }
  return sum;
}

const a = fib(28);
const b = tak(22, 15, 8);
let c = 0;
for (let i = 0; i < 40; i++) c += ack(2, 150 + i) + ack(3, 4);
const d = permutations([1, 2, 3, 4, 5, 6, 7, 8, 9], 0);
out("fib", a, "tak", b, "ack", c, "perm", d);
out("checksum", (a + b * 3 + c * 5 + d) % 1000000007);
