// Litmus: CAS+exclusion
// Condition: forall ((T0 === 0 && T1 === 1) || (T0 === 1 && T1 === 0))
// Expect: weft=Always ecma=Always sc=Always x86-tso=Always
// Note: two compareExchange(0 → 1): exactly one succeeds (returns 0), the other fails and reads
// Note: the winner's 1.
const o = { n: 0 };
const T0 = new Thread(() => {
  const r = Atomics.compareExchange(o, "n", 0, 1);
  return r;
});
const T1 = new Thread(() => {
  const r = Atomics.compareExchange(o, "n", 0, 1);
  return r;
});
T0.join();
T1.join();
