// Litmus: SC-atomics+hb-conjuncts
// Condition: exists (T1[0] === 2 && T1[1] === 0 && T2[0] === 1 && T2[1] === 2)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: ECMA-262 §29 (sec-memory-order): clause (b) requires V happens-before R, clause (c) W happens-before V
// Note: pins down the happens-before conjuncts of mm.axiom.sc-atomics (b) and (c). T1's exchange
// Note: reads y = 2 (so y = 2 is tot-before it) and T1 then reads Init x = 0, so by clause (c)
// Note: T1's load is tot-before x = 1, which synchronizes with T2's load: y = 2, exchange, x = 1
// Note: and T2's plain read of y come in that order in tot. T2's read of y = 2 happens after
// Note: y = 2 (through x), so under a clause (b) that only asked "W happens before R, W SeqCst"
// Note: the exchange would be an intervening SeqCst write and the outcome forbidden. ECMA-262's
// Note: clause (b) also asks that the intervening write happen before the read, and the exchange
// Note: does not: the outcome is allowed. The program is racy (T2's plain read races with the
// Note: exchange), so SC-DRF says nothing; x86-64 forbids it (the exchange is locked).
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "y", 2);
  Atomics.store(o, "x", 1);
});
const T1 = new Thread(() => {
  const a = Atomics.exchange(o, "y", 3);
  const b = Atomics.load(o, "x");
  return [a, b];
});
const T2 = new Thread(() => {
  const c = Atomics.load(o, "x");
  const d = o.y;
  return [c, d];
});
T0.join();
T1.join();
T2.join();
