// Rule: th.memory.collections
// Racing Map.set calls on different keys lose no entry.
// Note: each Map operation is one SeqCst step: two threads setting different keys without a
// Note: lock never lose an entry; only the insertion order varies.
const m = new Map();
const t1 = new Thread(() => {
  m.set("a", 1);
});
const t2 = new Thread(() => {
  m.set("b", 2);
});
t1.join();
t2.join();
print(m.size, m.get("a"), m.get("b"), [...m.keys()].join());
