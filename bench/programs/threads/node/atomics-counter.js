// atomics-counter, node twin of ../atomics-counter.js: the same items and values. The
// counters live in an Int32Array over a SharedArrayBuffer sent to each worker with
// postMessage; workers update them with Atomics.add and a compareExchange loop.
//   node atomics-counter.js [WORKERS]     (WORKERS: 1 or 2, default 2)
"use strict";
const { Worker, isMainThread, parentPort } = require("worker_threads");

const HITS = 0;
const SUM = 1;
const MAX = 2;

function value(i) {
  let h = Math.imul(i + 7, 0x27d4eb2d);
  h = Math.imul(h ^ (h >>> 15), 0x165667b1);
  return (h >>> 0) % 1024;
}

if (isMainThread) {
  const WORKERS = Number(process.argv[2] ?? 2);
  const ITEMS = 300000;
  const counter = new Int32Array(new SharedArrayBuffer(3 * 4));
  const chunk = Math.ceil(ITEMS / WORKERS);
  let done = 0;
  let running = WORKERS;
  for (let t = 0; t < WORKERS; t++) {
    const w = new Worker(__filename);
    w.on("message", (n) => {
      done += n;
      w.terminate();
      if (--running === 0) {
        const hits = Atomics.load(counter, HITS);
        const sum = Atomics.load(counter, SUM);
        const max = Atomics.load(counter, MAX);
        console.log("threads", WORKERS, "done", done, "hits", hits, "sum", sum, "max", max);
        console.log("checksum", (hits * 7 + sum * 3 + max) % 1000000007);
      }
    });
    w.postMessage([counter, t * chunk, Math.min(ITEMS, (t + 1) * chunk)]);
  }
} else {
  parentPort.once("message", ([counter, lo, hi]) => {
    for (let i = lo; i < hi; i++) {
      const v = value(i);
      Atomics.add(counter, HITS, 1);
      Atomics.add(counter, SUM, v);
      let cur = Atomics.load(counter, MAX);
      while (v + i > cur) {
        const seen = Atomics.compareExchange(counter, MAX, cur, v + i);
        if (seen === cur) break;
        cur = seen;
      }
    }
    parentPort.postMessage(hi - lo);
  });
}
