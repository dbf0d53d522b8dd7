// Rule: th.thread.main, th.outcome.ending.main
// The main script ends with an uncaught exception; the main thread still runs its job
// queue (promise jobs, then the asyncJoin it waits for) before it finishes.
const t = new Thread(() => "r");
t.asyncJoin().then((v) => print("joined " + v));
Promise.resolve().then(() => print("job"));
throw new TypeError("bad");
