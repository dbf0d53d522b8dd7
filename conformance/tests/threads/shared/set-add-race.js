// Rule: th.memory.collections
// Racing Set.add calls: one entry per value.
// Note: adding the same value from two threads leaves one entry; has() after join sees both.
const s = new Set();
const t1 = new Thread(() => s.add("x").size);
const t2 = new Thread(() => {
  s.add("x");
  s.add("y");
});
t1.join();
t2.join();
print(s.size, s.has("x"), s.has("y"));
