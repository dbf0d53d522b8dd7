// Rule: th.error.self-join, th.thread.uncaught, th.outcome.ending.thread
// Uncaught in a thread, the self-join Error is that thread's result.
const t = new Thread(() => Thread.current.join());
try {
  t.join();
} catch (e) {
  print(e.message);
}
