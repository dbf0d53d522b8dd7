// Promise.all, allSettled, any and race.
const later = (v) => new Promise((r) => Promise.resolve().then(() => r(v)));
Promise.all([1, later(2), Promise.resolve(3)]).then((a) => print("all", a.length, a.join()));
Promise.all([]).then((a) => print("all empty", a.length));
Promise.all([later(1), Promise.reject("no")]).catch((e) => print("all rejects", e));
Promise.allSettled([Promise.reject("x"), 4]).then((a) =>
  a.forEach((r) => print("settled", r.status, r.value, r.reason)),
);
Promise.any([Promise.reject(1), later("any")]).then((v) => print("any", v));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) =>
  print(e instanceof AggregateError, e.name, e.errors.join()),
);
Promise.race([later("slow"), "fast"]).then((v) => print("race", v));
Promise.all("ab").then((a) => print("iterable string", a.join("-")));
Promise.all(5).catch((e) => print("not iterable", e.name));
