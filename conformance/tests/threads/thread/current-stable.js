// Rule: th.thread.current
// Thread.current is the same object on every read, and is the object new Thread returned.
const seen = { cur: null };
const t = new Thread(() => {
  seen.cur = Thread.current;
  return Thread.current === Thread.current;
});
const same = t.join();
print(same, seen.cur === t, seen.cur.id);
