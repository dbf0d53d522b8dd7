// Promise chains built in loops, shared state and ordering of interleaved chains.
const log = [];
for (let i = 0; i < 3; i++) {
  Promise.resolve(i)
    .then((v) => {
      log.push("a" + v);
      return v * 10;
    })
    .then((v) => log.push("b" + v));
}
Promise.resolve().then(() => Promise.resolve().then(() => Promise.resolve().then(() => {
  print(log.join(" "));
})));
let total = 0;
const adds = [1, 2, 3, 4].map((n) => Promise.resolve(n).then((v) => (total += v)));
Promise.all(adds).then((r) => print("total", total, r.join()));
