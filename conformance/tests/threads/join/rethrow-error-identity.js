// Rule: th.thread.join.rethrow, th.thread.join.memory
// An Error created and thrown by the thread is rethrown as the same object.
const shared = { err: null };
const t = new Thread(() => {
  const e = new RangeError("inner");
  shared.err = e;
  throw e;
});
try {
  t.join();
} catch (e) {
  print(e === shared.err, e instanceof RangeError, e.message);
}
