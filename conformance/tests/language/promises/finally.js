// finally runs its callback without arguments and passes the outcome through.
Promise.resolve("value")
  .finally((...args) => print("finally 1, args:", args.length))
  .then((v) => print("kept", v));
Promise.reject("reason")
  .finally(() => print("finally 2"))
  .catch((r) => print("still rejected", r));
Promise.resolve("lost")
  .finally(() => {
    throw "from finally";
  })
  .catch((r) => print("replaced by", r));
Promise.resolve("waits")
  .finally(() => new Promise((r) => Promise.resolve().then(() => r("ignored"))))
  .then((v) => print("after waiting", v));
Promise.resolve(1).finally(42).then((v) => print("non-callable", v));
