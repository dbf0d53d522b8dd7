// Rule: th.thread.async-join, th.thread.join.rethrow
// asyncJoin of a thread that threw is rejected with the very value thrown.
const ex = { tag: "ex" };
const t = new Thread(() => {
  throw ex;
});
t.asyncJoin().then(
  () => print("fulfilled"),
  (e) => print(e === ex),
);
