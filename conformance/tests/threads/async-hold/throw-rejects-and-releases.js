// Rule: th.lock.async-hold
// A throwing fn rejects the promise with the very value, after the lock was released.
const l = new Lock();
const ex = { tag: "ex" };
l.asyncHold(() => {
  throw ex;
}).then(
  () => print("fulfilled"),
  (e) => {
    print(e === ex);
    print(l.hold(() => "free"));
  },
);
