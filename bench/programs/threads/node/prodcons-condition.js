// prodcons-condition, node twin of ../prodcons-condition.js: the same tasks and work.
// The queue is the main thread's: each worker asks for a task with postMessage, the main
// thread answers with the next task (or null when none is left), and each worker posts
// its [count, sum] when it gets null. One message round trip per task stands in for
// one Condition hand-off.
//   node prodcons-condition.js [WORKERS]     (WORKERS: 1 or 2, default 2)
"use strict";
const { Worker, isMainThread, parentPort } = require("worker_threads");

function crunch(task) {
  let h = task.seed | 0;
  let s = 0;
  for (let i = 0; i < task.rounds; i++) {
    h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) + i;
    s = (s + (h & 0xfff)) % 1000003;
  }
  return s;
}

if (isMainThread) {
  const WORKERS = Number(process.argv[2] ?? 2);
  const TASKS = 16000;
  let nextTask = 0;
  let count = 0;
  let sum = 0;
  let running = WORKERS;
  for (let t = 0; t < WORKERS; t++) {
    const w = new Worker(__filename);
    w.on("message", (msg) => {
      if (msg === "more") {
        if (nextTask < TASKS) {
          const id = nextTask++;
          w.postMessage({ id, seed: Math.imul(id + 1, 0x9e3779b1), rounds: 200 + (id % 5) * 40 });
        } else {
          w.postMessage(null);
        }
        return;
      }
      count += msg[0];
      sum = (sum + msg[1]) % 1000000007;
      w.terminate();
      if (--running === 0) {
        console.log("threads", WORKERS, "tasks", count);
        console.log("checksum", sum);
      }
    });
  }
} else {
  let count = 0;
  let sum = 0;
  parentPort.on("message", (task) => {
    if (task === null) {
      parentPort.postMessage([count, sum]);
      return;
    }
    count++;
    sum = (sum + crunch(task) * (task.id % 7 + 1)) % 1000000007;
    parentPort.postMessage("more");
  });
  parentPort.postMessage("more");
}
