// Rule: th.memory.collections, th.realm.shared
// A WeakMap keyed by an object created on another thread.
const wm = new WeakMap();
const holder = { key: null };
const t = new Thread(() => {
  const k = {};
  holder.key = k;
  wm.set(k, "value");
});
t.join();
print(wm.get(holder.key), wm.has({}));
