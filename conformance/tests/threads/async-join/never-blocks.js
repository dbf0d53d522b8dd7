// Rule: th.thread.async-join, th.atomics.waiter-list
// asyncJoin returns at once even when the thread can only finish after the caller goes on.
// Note: T1 cannot finish until main stores go = 1 after calling asyncJoin; if asyncJoin
// Note: blocked, the run would deadlock. It does not, so the only outcome completes.
const s = { go: 0 };
const t = new Thread(() => {
  while (Atomics.load(s, "go") === 0) Atomics.wait(s, "go", 0);
  return "done";
});
const p = t.asyncJoin();
print("sync");
Atomics.store(s, "go", 1);
Atomics.notify(s, "go");
p.then((v) => print("got", v));
