// Rule: th.memory.collections, th.memory.read-modify-write
// get then set on a shared Map without a lock may lose an update.
// Note: get then set is two steps: both threads may get 0 and set 1 (a lost update), or one
// Note: sees the other's 1 and sets 2. Each thread returns what it got.
const m = new Map([["n", 0]]);
function work() {
  const v = m.get("n");
  m.set("n", v + 1);
  return v;
}
const t1 = new Thread(work);
const t2 = new Thread(work);
t1.join();
t2.join();
print(m.get("n"));
