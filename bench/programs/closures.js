// closures: creating and calling closures. Counters with captured mutable state,
// function composition chains, currying, memoisation through a captured Map, callbacks
// passed to higher-order helpers, and per-iteration `let` captures. Measures closure
// creation, environment (captured variable) access and calls through function values.
const out = typeof print === "function" ? print : console.log;

function makeCounter(step) {
  let count = 0;
  return {
    inc() { count += step; return count; },
    get() { return count; },
  };
}

function compose(...fns) {
  return (x) => {
    let v = x;
    for (let i = fns.length - 1; i >= 0; i--) v = fns[i](v);
    return v;
  };
}

const curry3 = (f) => (a) => (b) => (c) => f(a, b, c);

function memo(f) {
  const cache = new Map();
  return (n) => {
    let v = cache.get(n);
    if (v === undefined) {
      v = f(n);
      cache.set(n, v);
    }
    return v;
  };
}

function times(n, cb) {
  for (let i = 0; i < n; i++) cb(i);
}

let total = 0;
// counters
const counters = [];
for (let i = 1; i <= 50; i++) counters.push(makeCounter(i));
times(60000, (i) => { total = (total + counters[i % 50].inc()) % 1000000007; });

// composition
const pipeline = compose((x) => x + 1, (x) => x * 3, (x) => x - 2, (x) => x & 0xffff);
for (let i = 0; i < 1000000; i++) total = (total + pipeline(i)) % 1000000007;

// currying: a fresh closure chain per call
const add3 = curry3((a, b, c) => a + b * 2 + c * 3);
for (let i = 0; i < 600000; i++) total = (total + add3(i)(i & 7)(i & 3)) % 1000000007;

// memoised recursion through a captured cache
const collatzLen = memo((n) => (n === 1 ? 1 : 1 + collatzLen(n % 2 === 0 ? n / 2 : 3 * n + 1)));
for (let i = 1; i < 200000; i++) total = (total + collatzLen(i)) % 1000000007;

// per-iteration captures
const thunks = [];
for (let round = 0; round < 150; round++) {
  thunks.length = 0;
  for (let i = 0; i < 2000; i++) thunks.push(() => i * round);
  for (let j = 0; j < thunks.length; j++) total = (total + thunks[j]()) % 1000000007;
}

let sumCounts = 0;
for (const c of counters) sumCounts += c.get();
out("counters", sumCounts, "memo", collatzLen(27));
out("checksum", total);
