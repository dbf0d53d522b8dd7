// Litmus: ARMv8-W20+mixed
// Condition: exists (T0 === 2 && T1 === 1)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: ECMA-262 PR #1511 ("allow ARMv8 compilation"); Watt et al., "Repairing and Mechanising the JavaScript Relaxed Memory Model", PLDI 2020 (the original model forbids an outcome of the ARMv8 ldar/stlr mapping)
// Note: the shape of the ARMv8 counterexample (reconstructed from the original rule, which
// Note: counted every write as an intervening write). Old rule: y = 2 synchronizes with T0's
// Note: load and the plain y = 1 happens before that load, so y = 1 had to precede y = 2 in
// Note: memory order; then the plain x = 2 fell between Atomics.store(x, 1) and the load that
// Note: reads it — forbidden. ARMv8 (stlr/ldar for Atomics, str/ldr for plain) lets the plain
// Note: stores x = 2 and y = 1 propagate out of order, so the outcome is observable; the
// Note: repaired rule counts only SeqCst intervening writes and allows it. x86-TSO keeps the
// Note: stores in order, so x86-64 never shows it.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
  o.x = 2;
  o.y = 1;
  const r = Atomics.load(o, "y");
  return r;
});
const T1 = new Thread(() => {
  Atomics.store(o, "y", 2);
  const r = Atomics.load(o, "x");
  return r;
});
T0.join();
T1.join();
