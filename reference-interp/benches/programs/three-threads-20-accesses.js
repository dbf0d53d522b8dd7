// Three threads, about 20 shared accesses each: private counters, one shared flag
// pair, and lock-protected totals.
const o = { a: 0, b: 0, c: 0, flag: 0, data: 0, total: 0 };
const l = new Lock();
function work(key, n) {
  for (let i = 0; i < n; i++) {
    o[key] = o[key] + 1;
  }
  l.hold(() => {
    o.total = o.total + o[key];
  });
}
const T0 = new Thread(() => {
  work("a", 4);
  o.data = 42;
  Atomics.store(o, "flag", 1);
});
const T1 = new Thread(() => {
  work("b", 4);
  const f = Atomics.load(o, "flag");
  return f === 1 ? o.data : -1;
});
const T2 = new Thread(() => {
  work("c", 4);
  return o.total;
});
print(T0.join(), T1.join(), T2.join(), o.total);
