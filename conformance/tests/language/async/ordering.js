// Interleaving of async functions with promise jobs.
const log = [];
async function a() {
  log.push("a1");
  await undefined;
  log.push("a2");
  await undefined;
  log.push("a3");
}
async function b() {
  log.push("b1");
  await Promise.resolve();
  log.push("b2");
}
a();
b();
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2"));
log.push("sync");
async function returnsPromise() {
  return Promise.resolve("r");
}
returnsPromise().then(() => log.push("returned promise"));
Promise.resolve().then(() => log.push("t1")).then(() => log.push("t2")).then(() => log.push("t3"))
  .then(() => log.push("t4")).then(() => print(log.join(" ")));
