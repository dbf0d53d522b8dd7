// array-methods: the Array.prototype built-ins with callbacks. map/filter/reduce/forEach,
// some/every/find/findIndex, indexOf/includes, sort with a comparator, slice/concat/
// splice/reverse, push/pop/shift/unshift, join and Array.from. Measures built-in calls
// that call back into JavaScript and array storage growth.
const out = typeof print === "function" ? print : console.log;

function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
}

const rand = lcg(42);
let total = 0;
for (let round = 0; round < 50; round++) {
  const data = Array.from({ length: 20000 }, () => rand() % 100000);
  const doubled = data.map((x) => x * 2);
  const evens = doubled.filter((x) => x % 4 === 0);
  const sum = evens.reduce((acc, x) => (acc + x) % 1000000007, 0);
  let fe = 0;
  data.forEach((x, i) => { fe = (fe + x * (i & 15)) % 1000000007; });
  const big = data.some((x) => x > 99990) ? 1 : 0;
  const allPos = data.every((x) => x >= 0) ? 1 : 0;
  const firstBig = data.findIndex((x) => x > 90000);
  const found = data.find((x) => x % 1000 === 7);
  const sorted = data.slice().sort((x, y) => x - y);
  const median = sorted[sorted.length >> 1];
  const idx = sorted.indexOf(median);
  const has = sorted.includes(12345) ? 1 : 0;
  const joined = sorted.slice(0, 200).join(",");
  const cat = evens.concat(sorted.slice(-100)).reverse();
  cat.splice(10, 50, 1, 2, 3);
  const stack = [];
  for (let i = 0; i < 5000; i++) stack.push(data[i]);
  let popped = 0;
  while (stack.length > 2500) popped += stack.pop();
  const queue = [];
  for (let i = 0; i < 1000; i++) queue.unshift(i);
  let shifted = 0;
  while (queue.length > 0) shifted += queue.shift();
  total =
    (total + sum + fe + big + allPos + firstBig + (found ?? 0) + median + idx + has + joined.length +
      cat.length + cat[0] + popped + shifted) %
    1000000007;
}
const nested = [];
for (let i = 0; i < 300; i++) nested.push([i, [i * 2, i * 3]]);
const flat = nested.flat(2);
total = (total + flat.length + flat.reduce((a, b) => a + b, 0)) % 1000000007;
out("checksum", total);
