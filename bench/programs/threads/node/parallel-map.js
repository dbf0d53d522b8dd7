// parallel-map, node twin of ../parallel-map.js: the same input, work function and output
// hash, with worker_threads instead of a shared heap. The main thread sends each worker
// its slice of the input with postMessage (structured clone), each worker maps it and
// posts the results back, and the main thread writes them into the output array.
//   node parallel-map.js [WORKERS]     (WORKERS: 1 or 2, default 2)
"use strict";
const { Worker, isMainThread, parentPort } = require("worker_threads");

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

if (isMainThread) {
  const WORKERS = Number(process.argv[2] ?? 2);
  const N = 80000;
  const input = [];
  for (let i = 0; i < N; i++) input.push(Math.imul(i + 1, 0x9e3779b1) >>> 0);
  const output = new Array(N).fill(0);
  const chunk = Math.ceil(N / WORKERS);
  let mapped = 0;
  let running = WORKERS;
  for (let t = 0; t < WORKERS; t++) {
    const lo = t * chunk;
    const hi = Math.min(N, (t + 1) * chunk);
    const w = new Worker(__filename);
    w.on("message", (results) => {
      for (let i = 0; i < results.length; i++) output[lo + i] = results[i];
      mapped += results.length;
      w.terminate();
      if (--running === 0) {
        let hash = 0;
        for (let i = 0; i < N; i++) hash = (Math.imul(hash, 31) + output[i]) | 0;
        console.log("threads", WORKERS, "mapped", mapped);
        console.log("checksum", hash >>> 0);
      }
    });
    w.postMessage(input.slice(lo, hi));
  }
} else {
  parentPort.once("message", (slice) => {
    parentPort.postMessage(slice.map(work));
  });
}
