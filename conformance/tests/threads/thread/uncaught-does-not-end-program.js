// Rule: th.thread.uncaught, th.outcome.ending.thread
// An uncaught throw in a thread is its result; main keeps running and join rethrows it.
const t = new Thread(() => {
  throw new Error("boom");
});
print("after");
try {
  t.join();
} catch (e) {
  print(e.message);
}
