// shared-map-lock (threads): one Map shared by THREADS threads, every update made under
// one Lock. Each thread computes a key and a weight for each of its items (work outside
// the lock), then `lock.hold` increments the key's entry. Measures Lock acquire/release
// under contention, Map operations on a shared collection and the closure passed to hold.
// THREADS comes from BENCH_THREADS (bench/run.py prepends `var BENCH_THREADS = n;`).
const out = typeof print === "function" ? print : console.log;
const THREADS = typeof BENCH_THREADS === "number" ? BENCH_THREADS : 2;

const ITEMS = 120000;
const counts = new Map();
const lock = new Lock();

function mix(i) {
  let h = Math.imul(i + 1, 0x85ebca6b);
  for (let k = 0; k < 24; k++) h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) + k;
  return h >>> 0;
}

function worker(lo, hi) {
  let updates = 0;
  for (let i = lo; i < hi; i++) {
    const h = mix(i);
    const key = "k" + (h % 1009);
    const weight = (h >>> 12) & 15;
    lock.hold(() => {
      counts.set(key, (counts.get(key) ?? 0) + weight);
    });
    updates++;
  }
  return updates;
}

const chunk = Math.ceil(ITEMS / THREADS);
const threads = [];
for (let t = 0; t < THREADS; t++) {
  threads.push(new Thread(worker, t * chunk, Math.min(ITEMS, (t + 1) * chunk)));
}
let updates = 0;
for (const t of threads) updates += t.join();

// insertion order depends on the interleaving: hash the entries in key order
const keys = [...counts.keys()].sort();
let hash = 0;
for (const k of keys) {
  for (let i = 0; i < k.length; i++) hash = (Math.imul(hash, 31) + k.charCodeAt(i)) | 0;
  hash = (Math.imul(hash, 31) + counts.get(k)) | 0;
}
out("threads", THREADS, "updates", updates, "keys", keys.length);
out("checksum", hash >>> 0);
