// The executor: resolve/reject functions, only the first settlement counts, throws reject.
const p1 = new Promise((resolve, reject) => {
  resolve("first");
  resolve("second");
  reject("third");
});
p1.then((v) => print("p1", v));
const p2 = new Promise(() => {
  throw new RangeError("in executor");
});
p2.catch((e) => print("p2", e.name, e.message));
const p3 = new Promise((resolve) => {
  resolve("kept");
  throw new Error("ignored");
});
p3.then((v) => print("p3", v));
try {
  new Promise(42);
} catch (e) {
  print("not callable:", e.name);
}
try {
  Promise(() => {});
} catch (e) {
  print("without new:", e.name);
}
print(typeof Promise, Promise.length, Promise.name, Promise.prototype.then.length);
print(Object.prototype.toString.call(p1), p1 instanceof Promise);
