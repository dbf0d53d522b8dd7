// Rule: th.thread.join.self, th.error.self-join
// A thread joining itself gets an Error with the normative message, without blocking.
const t = new Thread(() => {
  try {
    Thread.current.join();
    return "no error";
  } catch (e) {
    return [e.constructor === Error, e.message];
  }
});
t.join();
