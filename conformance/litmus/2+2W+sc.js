// Litmus: 2+2W+sc
// Condition: exists (o.x === 1 && o.y === 1)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: SeqCst writes: a final read happens after every write, so by mm.axiom.sc-atomics (b) it
// Note: reads the tot-last SeqCst write of its location; tot would need a cycle.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
  Atomics.store(o, "y", 2);
});
const T1 = new Thread(() => {
  Atomics.store(o, "y", 1);
  Atomics.store(o, "x", 2);
});
T0.join();
T1.join();
