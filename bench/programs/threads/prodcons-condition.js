// prodcons-condition (threads): producer/consumer over a bounded queue (a ring buffer of
// 64 slots) guarded by one Lock with two Conditions, notEmpty and notFull. The main thread
// produces tasks; THREADS consumer threads take them, do CPU-bound work on each and keep
// per-thread sums, which the main thread adds up after a sentinel per consumer ends the
// stream. Measures Condition wait/notify hand-offs and lock traffic next to real work.
// THREADS comes from BENCH_THREADS (bench/run.py prepends `var BENCH_THREADS = n;`);
// BENCH_QUEUE_CAPACITY may change the queue size (bench/tools/seq-threads.js uses that).
const out = typeof print === "function" ? print : console.log;
const THREADS = typeof BENCH_THREADS === "number" ? BENCH_THREADS : 2;
const CAPACITY = typeof BENCH_QUEUE_CAPACITY === "number" ? BENCH_QUEUE_CAPACITY : 64;

const TASKS = 16000;
const lock = new Lock();
const notEmpty = new Condition();
const notFull = new Condition();
const ring = new Array(CAPACITY).fill(null);
const queue = { head: 0, size: 0 };

function put(item) {
  lock.hold(() => {
    while (queue.size === CAPACITY) notFull.wait(lock);
    ring[(queue.head + queue.size) % CAPACITY] = item;
    queue.size++;
    notEmpty.notify();
  });
}

function take() {
  return lock.hold(() => {
    while (queue.size === 0) notEmpty.wait(lock);
    const item = ring[queue.head];
    ring[queue.head] = null;
    queue.head = (queue.head + 1) % CAPACITY;
    queue.size--;
    notFull.notify();
    return item;
  });
}

function crunch(task) {
  let h = task.seed | 0;
  let s = 0;
  for (let i = 0; i < task.rounds; i++) {
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) + i;
    s = (s + (h & 0xfff)) % 1000003;
  }
  return s;
}

function consumer() {
  let count = 0;
  let sum = 0;
  for (;;) {
    const task = take();
    if (task === null) break;
    count++;
    sum = (sum + crunch(task) * (task.id % 7 + 1)) % 1000000007;
  }
  return [count, sum];
}

const consumers = [];
for (let t = 0; t < THREADS; t++) consumers.push(new Thread(consumer));
for (let id = 0; id < TASKS; id++) {
  put({ id, seed: Math.imul(id + 1, 0x9e3779b1), rounds: 200 + (id % 5) * 40 });
}
for (let t = 0; t < THREADS; t++) put(null);

let count = 0;
let sum = 0;
for (const c of consumers) {
  const [n, s] = c.join();
  count += n;
  sum = (sum + s) % 1000000007;
}
out("threads", THREADS, "tasks", count);
out("checksum", sum);
