// Rule: th.thread.join.main, th.thread.join.rethrow, th.outcome.ending.main
// Joining a main thread whose script threw rethrows the script's exception.
const main = Thread.current;
const ex = new Error("main failed");
new Thread(() => {
  try {
    main.join();
    return "no throw";
  } catch (e) {
    return [e === ex, e.message];
  }
});
throw ex;
