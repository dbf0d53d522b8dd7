// Rule: th.thread.join.self, th.error.self-join
// The main thread joining itself gets the same Error.
try {
  Thread.current.join();
} catch (e) {
  print(e.constructor === Error, e instanceof Error, e.message);
}
