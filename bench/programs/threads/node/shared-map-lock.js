// shared-map-lock, node twin of ../shared-map-lock.js: the same items, keys and weights.
// Without a shared heap, each worker counts its slice into a Map of its own and posts the
// entries back; the main thread merges them (the message-passing way to get one Map).
//   node shared-map-lock.js [WORKERS]     (WORKERS: 1 or 2, default 2)
"use strict";
const { Worker, isMainThread, parentPort } = require("worker_threads");

function mix(i) {
  let h = Math.imul(i + 1, 0x85ebca6b);
  for (let k = 0; k < 24; k++) h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) + k;
  return h >>> 0;
}

if (isMainThread) {
  const WORKERS = Number(process.argv[2] ?? 2);
  const ITEMS = 120000;
  const counts = new Map();
  const chunk = Math.ceil(ITEMS / WORKERS);
  let updates = 0;
  let running = WORKERS;
  for (let t = 0; t < WORKERS; t++) {
    const w = new Worker(__filename);
    w.on("message", ([entries, n]) => {
      for (const [key, weight] of entries) counts.set(key, (counts.get(key) ?? 0) + weight);
      updates += n;
      w.terminate();
      if (--running === 0) {
        const keys = [...counts.keys()].sort();
        let hash = 0;
        for (const k of keys) {
          for (let i = 0; i < k.length; i++) hash = (Math.imul(hash, 31) + k.charCodeAt(i)) | 0;
          hash = (Math.imul(hash, 31) + counts.get(k)) | 0;
        }
        console.log("threads", WORKERS, "updates", updates, "keys", keys.length);
        console.log("checksum", hash >>> 0);
      }
    });
    w.postMessage([t * chunk, Math.min(ITEMS, (t + 1) * chunk)]);
  }
} else {
  parentPort.once("message", ([lo, hi]) => {
    const local = new Map();
    for (let i = lo; i < hi; i++) {
      const h = mix(i);
      const key = "k" + (h % 1009);
      local.set(key, (local.get(key) ?? 0) + ((h >>> 12) & 15));
    }
    parentPort.postMessage([[...local], hi - lo]);
  });
}
