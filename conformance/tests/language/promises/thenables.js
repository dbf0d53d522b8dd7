// Resolving with a thenable adopts its state, one job later.
const thenable = {
  then(resolve, reject) {
    print("then called", typeof resolve, typeof reject);
    resolve("from thenable");
  },
};
Promise.resolve(thenable).then((v) => print("adopted", v));
new Promise((r) => r(Promise.resolve("inner"))).then((v) => print("nested", v));
const bad = {
  then() {
    throw new Error("then threw");
  },
};
Promise.resolve(bad).catch((e) => print("rejected:", e.message));
const getterThrows = {
  get then() {
    throw "getter";
  },
};
Promise.resolve(getterThrows).catch((e) => print("get then:", e));
// A promise resolved with itself is rejected with a TypeError.
let resolveSelf;
const self = new Promise((r) => {
  resolveSelf = r;
});
resolveSelf(self);
self.catch((e) => print("self resolution:", e.name));
// Promise.resolve returns a promise unchanged.
const p = Promise.resolve(1);
print(Promise.resolve(p) === p, Promise.reject(1) instanceof Promise);
Promise.reject(2).catch(() => {});
