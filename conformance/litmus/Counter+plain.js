// Litmus: Counter+plain
// Condition: exists (o.n === 1)
// Expect: weft=Sometimes ecma=Sometimes sc=Sometimes x86-tso=Sometimes
// Note: an unprotected counter loses an update under every model, SC included (both threads read
// Note: 0 before either writes).
const o = { n: 0 };
const T0 = new Thread(() => {
  const v = o.n;
  o.n = v + 1;
});
const T1 = new Thread(() => {
  const v = o.n;
  o.n = v + 1;
});
T0.join();
T1.join();
