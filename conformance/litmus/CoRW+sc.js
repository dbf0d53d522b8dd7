// Litmus: CoRW+sc
// Condition: exists (T0 === 2 && o.x === 2)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: with Atomics the read synchronizes with x = 2, so x = 2 happens before x = 1, which
// Note: happens before the final read: it cannot read x = 2.
const o = { x: 0 };
const T0 = new Thread(() => {
  const r = Atomics.load(o, "x");
  Atomics.store(o, "x", 1);
  return r;
});
const T1 = new Thread(() => {
  Atomics.store(o, "x", 2);
});
T0.join();
T1.join();
