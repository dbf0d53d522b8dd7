// Rule: th.jobs.reaction-thread, th.jobs.memory
// The first of two racing resolutions wins; the reaction runs on its thread.
// Note: two threads race to resolve one promise. The first resolution wins (the second is
// Note: ignored) and the reaction runs on the thread that won, with its value.
let resolve;
const p = new Promise((r) => {
  resolve = r;
});
p.then((v) => print("won", v, Thread.current.id));
new Thread(() => resolve("a"));
new Thread(() => resolve("b"));
