// Rule: th.memory.locations, th.realm.shared, th.thread.join.memory
// A top-level var is a property of the one global object, shared by every thread.
var g = 0;
const t = new Thread(() => {
  g = g + 1;
  globalThis.h = "set by T1";
  return g;
});
t.join();
print(g, globalThis.g, h);
