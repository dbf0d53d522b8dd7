// Rule: th.thread.join.rethrow, th.outcome.display
// Thrown primitives are rethrown unchanged, -0 and NaN included.
const t1 = new Thread(() => {
  throw -0;
});
const t2 = new Thread(() => {
  throw NaN;
});
const t3 = new Thread(() => {
  throw null;
});
for (const t of [t1, t2, t3]) {
  try {
    t.join();
  } catch (e) {
    print(Object.is(e, -0), Number.isNaN(e), e === null);
  }
}
