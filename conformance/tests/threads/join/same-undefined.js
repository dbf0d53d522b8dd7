// Rule: th.thread.join.same-value
// A function that returns nothing (or a bare return) gives undefined.
const t1 = new Thread(() => {});
const t2 = new Thread(function () {
  return;
});
const r1 = t1.join();
const r2 = t2.join();
print(r1 === undefined, r2 === undefined, typeof r1);
