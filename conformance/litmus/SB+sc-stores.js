// Litmus: SB+sc-stores
// Condition: exists (T0 === 0 && T1 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: SeqCst stores, plain loads. The JavaScript model allows the SB outcome: a plain read of
// Note: an Init value is subject to no SeqCst clause (mm.axiom.sc-atomics (b) needs a SeqCst
// Note: write, (c) a SeqCst read). x86-64 forbids it because Atomics.store is compiled to xchg,
// Note: a full fence: the mapping is stronger than the contract here, which
// Note: mm.claim.compilation-soundness permits.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
  const r = o.y;
  return r;
});
const T1 = new Thread(() => {
  Atomics.store(o, "y", 1);
  const r = o.x;
  return r;
});
T0.join();
T1.join();
