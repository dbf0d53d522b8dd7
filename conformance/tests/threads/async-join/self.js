// Rule: th.thread.async-join.self, th.error.self-join
// Self asyncJoin does not throw: its promise is rejected with the self-join Error.
print("no throw", Thread.current.asyncJoin() instanceof Promise);
Thread.current.asyncJoin().then(
  () => print("fulfilled"),
  (e) => print(e.constructor === Error, e.message),
);
const t = new Thread(() => {
  Thread.current.asyncJoin().catch((e) => print("T1", e.message));
  return "ok";
});
