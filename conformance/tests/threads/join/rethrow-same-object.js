// Rule: th.thread.join.rethrow
// join throws the very object the thread threw, not a wrapper.
const ex = { tag: "ex" };
const t = new Thread(() => {
  throw ex;
});
try {
  t.join();
  print("no throw");
} catch (e) {
  print(e === ex);
}
