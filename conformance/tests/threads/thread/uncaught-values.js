// Rule: th.thread.uncaught, th.outcome.ending.thread, th.outcome.display
// Thrown non-Error values are displayed; nobody joins these threads.
new Thread(() => {
  throw 42;
});
new Thread(() => {
  throw "str";
});
new Thread(() => {
  throw { code: 1 };
});
new Thread(() => {
  throw undefined;
});
new Thread(() => {
  throw new TypeError("typed");
});
