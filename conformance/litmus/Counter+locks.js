// Litmus: Counter+locks
// Condition: forall (o.n === 2)
// Expect: weft=Always ecma=Always sc=Always x86-tso=Always
// Note: a lock-protected counter: the critical sections cannot overlap (each acquire reads free
// Note: from Init or from the other's release, never both from Init — mm.axiom.sc-atomics (c)),
// Note: and release → acquire makes the first increment visible to the second. No lost update.
const o = { n: 0 };
const l = new Lock();
const T0 = new Thread(() => {
  l.hold(() => {
    const v = o.n;
    o.n = v + 1;
  });
});
const T1 = new Thread(() => {
  l.hold(() => {
    const v = o.n;
    o.n = v + 1;
  });
});
T0.join();
T1.join();
