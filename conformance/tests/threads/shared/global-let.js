// Rule: th.memory.locations, th.memory.init, th.thread.join.memory
// A top-level let is a global binding cell: written by a thread, read by main after join.
let counter = 10;
const t = new Thread(() => {
  counter = counter * 2;
});
t.join();
print(counter, "counter" in globalThis);
