// Rule: th.lock.async-hold.thenable
// A thenable returned by fn is adopted after the release: its then can take the lock.
const l = new Lock();
l.asyncHold(() => ({
  then(resolve) {
    resolve(l.hold(() => "free in then"));
  },
})).then(
  (v) => print(v),
  (e) => print("error", e.message),
);
