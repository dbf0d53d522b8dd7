// Rule: th.memory.collections, th.lock.memory
// A Map shared under a Lock: exact counts.
// Note: a Map shared under a Lock: every read-modify-write of an entry is in a critical
// Note: section, so the counts are exact.
const m = new Map();
const l = new Lock();
function work(key) {
  for (let i = 0; i < 2; i++) {
    l.hold(() => {
      m.set(key, (m.get(key) || 0) + 1);
      m.set("total", (m.get("total") || 0) + 1);
    });
  }
}
const t1 = new Thread(work, "a");
const t2 = new Thread(work, "b");
t1.join();
t2.join();
print(m.get("a"), m.get("b"), m.get("total"), m.size);
