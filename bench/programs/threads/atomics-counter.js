// atomics-counter (threads): shared counters on an ordinary object updated with Atomics.
// THREADS threads split the items; for each they compute a small value and do
// Atomics.add on `hits` and `sum` and a compareExchange loop raising `max`. Two threads
// contend on the same properties all the time, so this measures the cost of atomic
// read-modify-write steps and cache-line ping-pong rather than parallel speed-up.
// THREADS comes from BENCH_THREADS (bench/run.py prepends `var BENCH_THREADS = n;`).
const out = typeof print === "function" ? print : console.log;
const THREADS = typeof BENCH_THREADS === "number" ? BENCH_THREADS : 2;

const ITEMS = 300000;
const counter = { hits: 0, sum: 0, max: 0 };

function value(i) {
  let h = Math.imul(i + 7, 0x27d4eb2d);
  h = Math.imul(h ^ (h >>> 15), 0x165667b1);
  return (h >>> 0) % 1024;
}

function worker(lo, hi) {
  for (let i = lo; i < hi; i++) {
    const v = value(i);
    Atomics.add(counter, "hits", 1);
    Atomics.add(counter, "sum", v);
    let cur = Atomics.load(counter, "max");
    while (v + i > cur) {
      const seen = Atomics.compareExchange(counter, "max", cur, v + i);
      if (seen === cur) break;
      cur = seen;
    }
  }
  return hi - lo;
}

const chunk = Math.ceil(ITEMS / THREADS);
const threads = [];
for (let t = 0; t < THREADS; t++) {
  threads.push(new Thread(worker, t * chunk, Math.min(ITEMS, (t + 1) * chunk)));
}
let done = 0;
for (const t of threads) done += t.join();

out("threads", THREADS, "done", done, "hits", counter.hits, "sum", counter.sum, "max", counter.max);
out("checksum", (counter.hits * 7 + counter.sum * 3 + counter.max) % 1000000007);
