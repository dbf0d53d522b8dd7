// Rule: th.thread.join.same-value
// join returns the very object the thread returned, whether main or the thread created it.
const obj = { v: 1 };
const shared = { made: null };
const t1 = new Thread(() => obj);
const t2 = new Thread(() => {
  const made = { w: 2 };
  shared.made = made;
  return made;
});
print(t1.join() === obj, t2.join() === shared.made);
