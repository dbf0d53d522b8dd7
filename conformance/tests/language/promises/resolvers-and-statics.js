// Resolve functions kept for later, Promise.reject, and the capabilities of subclasses.
let resolve, reject;
const promise = new Promise((res, rej) => {
  resolve = res;
  reject = rej;
});
promise.then((v) => print("resolved later", v));
print(typeof resolve, typeof reject, resolve.length, resolve.name === "");
resolve("ok");
Promise.reject(new Error("e")).catch((e) => print("reject", e.message));
class MyPromise extends Promise {}
const mp = MyPromise.resolve(3);
print(mp instanceof MyPromise, mp.then((x) => x) instanceof MyPromise);
mp.then((v) => print("subclass", v));
let count = 0;
function NotPromise(executor) {
  count++;
  executor(
    () => print("custom resolve"),
    () => {},
  );
}
Promise.resolve.call(NotPromise, 1);
print("custom constructor calls", count);
