// seq-threads.js: checks a threaded benchmark program on node before Weft can run it.
//
//   node bench/tools/seq-threads.js bench/programs/threads/NAME.js [THREADS]
//
// It defines a *sequential* stand-in for Weft's threads API and runs the program in this
// context: `new Thread(fn, ...args)` records the call and runs fn to completion on the first
// join() (or at the end of the script); `Lock.hold` calls fn (and rejects re-entry);
// `Condition.wait` throws, since nothing else could ever run while it waits; Atomics
// load/store/add/sub/exchange/compareExchange work on ordinary properties. The queue of
// prodcons-condition.js is made large enough (BENCH_QUEUE_CAPACITY) that no one waits.
// This checks that a program parses, uses the API as documented, and prints the same
// checksum as its worker_threads twin in threads/node/; it says nothing about races.
"use strict";
const fs = require("fs");
const vm = require("vm");

const file = process.argv[2];
const threads = Number(process.argv[3] ?? 2);
if (!file) {
  console.error("usage: node seq-threads.js FILE.js [THREADS]");
  process.exit(2);
}

let nextId = 1;
const pending = [];
class Thread {
  constructor(fn, ...args) {
    if (new.target === undefined) throw new TypeError("Thread must be called with new");
    if (typeof fn !== "function") throw new TypeError("Thread: fn is not callable");
    this._id = nextId++;
    this._fn = fn;
    this._args = args;
    this._state = "new";
    pending.push(this);
  }
  get id() {
    return this._id;
  }
  _run() {
    if (this._state !== "new") return;
    this._state = "running";
    try {
      this._value = this._fn.apply(undefined, this._args);
      this._threw = false;
    } catch (e) {
      this._value = e;
      this._threw = true;
    }
    this._state = "done";
  }
  join() {
    this._run();
    if (this._threw) throw this._value;
    return this._value;
  }
}

class Lock {
  constructor() {
    this._held = false;
  }
  hold(fn) {
    if (typeof fn !== "function") throw new TypeError("hold: fn is not callable");
    if (this._held) throw new Error("lock is already held by this thread");
    this._held = true;
    try {
      return fn();
    } finally {
      this._held = false;
    }
  }
}

class Condition {
  wait(lock) {
    if (!(lock instanceof Lock) || !lock._held) throw new TypeError("wait: lock not held");
    throw new Error("seq-threads: Condition.wait would block forever in a sequential run");
  }
  notify() {
    return 0;
  }
  notifyAll() {
    return 0;
  }
}

const real = Atomics;
const own = (o, k) => {
  if (typeof o !== "object" || o === null) throw new TypeError("Atomics: not an object");
  const d = Object.getOwnPropertyDescriptor(o, k);
  if (!d || !("value" in d)) throw new TypeError("Atomics: not an own data property");
  return d.value;
};
const isTyped = (o) => ArrayBuffer.isView(o);
const shimAtomics = {
  load: (o, k) => (isTyped(o) ? real.load(o, k) : own(o, k)),
  store: (o, k, v) => (isTyped(o) ? real.store(o, k, v) : ((o[k] = v), v)),
  add: (o, k, v) => (isTyped(o) ? real.add(o, k, v) : ((x) => ((o[k] = x + v), x))(own(o, k))),
  sub: (o, k, v) => (isTyped(o) ? real.sub(o, k, v) : ((x) => ((o[k] = x - v), x))(own(o, k))),
  exchange: (o, k, v) => (isTyped(o) ? real.exchange(o, k, v) : ((x) => ((o[k] = v), x))(own(o, k))),
  compareExchange: (o, k, e, r) => {
    if (isTyped(o)) return real.compareExchange(o, k, e, r);
    const x = own(o, k);
    if (x === e || (x !== x && e !== e)) o[k] = r;
    return x;
  },
};

const context = vm.createContext({
  console,
  Thread,
  Lock,
  Condition,
  Atomics: shimAtomics,
  BENCH_THREADS: threads,
  BENCH_QUEUE_CAPACITY: 1 << 20,
});
const source = fs.readFileSync(file, "utf8");
vm.runInContext(source, context, { filename: file });
for (const t of pending) t._run();
