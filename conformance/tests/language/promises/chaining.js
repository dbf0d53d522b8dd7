// then returns a new promise resolved with the handler's result; throws reject it.
Promise.resolve(1)
  .then((v) => v + 1)
  .then((v) => {
    print("got", v);
    throw new TypeError("bad " + v);
  })
  .then(() => print("skipped"))
  .catch((e) => {
    print("caught", e.name, e.message);
    return "recovered";
  })
  .then((v) => print("then", v));
// Non-callable handlers pass values and reasons through.
Promise.resolve("through").then(null, 5).then(undefined).then((v) => print(v));
Promise.reject("why").then(() => print("no")).then(null, (r) => print("passed", r));
