// Rule: th.outcome.ending.thread
// An Error subclass with its own name shows that name and the message.
class MyError extends Error {
  constructor(m) {
    super(m);
    this.name = "MyError";
  }
}
new Thread(() => {
  throw new MyError("custom");
});
