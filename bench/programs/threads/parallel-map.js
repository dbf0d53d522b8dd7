// parallel-map (threads): independent work over one shared array. The main thread fills
// a shared input array; THREADS threads each map a contiguous slice of it through a
// CPU-bound function and write their results into a shared output array at disjoint
// indices; the main thread joins them and hashes the output. No locks, no contention:
// this is the "independent work" program whose 2-thread/1-thread speed-up is a target.
// THREADS comes from BENCH_THREADS (bench/run.py prepends `var BENCH_THREADS = n;`).
const out = typeof print === "function" ? print : console.log;
const THREADS = typeof BENCH_THREADS === "number" ? BENCH_THREADS : 2;

const N = 80000;
const input = [];
for (let i = 0; i < N; i++) input.push(Math.imul(i + 1, 0x9e3779b1) >>> 0);
const output = new Array(N).fill(0);

// CPU-bound and mostly arithmetic, with a small array allocated per item.
function work(x) {
  let h = x | 0;
  const acc = [0, 0, 0, 0];
  for (let i = 0; i < 120; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    h = (h + i) | 0;
    acc[i & 3] = (acc[i & 3] + (h & 0xffff)) % 65521;
  }
  return (acc[0] * 3 + acc[1] * 5 + acc[2] * 7 + acc[3]) % 1000003;
}

function mapSlice(lo, hi) {
  for (let i = lo; i < hi; i++) output[i] = work(input[i]);
  return hi - lo;
}

const chunk = Math.ceil(N / THREADS);
const threads = [];
for (let t = 0; t < THREADS; t++) {
  threads.push(new Thread(mapSlice, t * chunk, Math.min(N, (t + 1) * chunk)));
}
let mapped = 0;
for (const t of threads) mapped += t.join();

let hash = 0;
for (let i = 0; i < N; i++) hash = (Math.imul(hash, 31) + output[i]) | 0;
out("threads", THREADS, "mapped", mapped);
out("checksum", hash >>> 0);
