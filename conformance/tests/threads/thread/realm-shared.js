// Rule: th.realm.shared
// Built-ins are the same objects on every thread; objects created on a thread are ordinary.
const mainArray = Array;
const t = new Thread(() => {
  const made = { arr: [1, 2], obj: {} };
  made.sameArray = Array === mainArray;
  return made;
});
const r = t.join();
print(r.sameArray, Array.isArray(r.arr), r.arr instanceof Array, r.obj instanceof Object);
print(Object.getPrototypeOf(r.obj) === Object.prototype, r.arr.map((x) => x * 2).join());
