// Litmus: Counter+rmw
// Condition: forall (o.n === 2)
// Expect: weft=Always ecma=Always sc=Always x86-tso=Always
// Note: Atomics.add is one read-modify-write event: two adds cannot both read Init
// Note: (mm.axiom.sc-atomics (c)) nor overlap; on x86-64 lock xadd is atomic
// Note: (mm.axiom.x86.atomicity).
const o = { n: 0 };
const T0 = new Thread(() => {
  Atomics.add(o, "n", 1);
});
const T1 = new Thread(() => {
  Atomics.add(o, "n", 1);
});
T0.join();
T1.join();
