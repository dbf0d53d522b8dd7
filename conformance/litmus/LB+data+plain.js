// Litmus: LB+data+plain
// Condition: exists (T0 === 42 && T1 === 42)
// Expect: weft=Never ecma=Sometimes sc=Never x86-tso=Never
// Cite: ECMA-262 §29 (sec-memory-model) has no out-of-thin-air restriction; Watt et al., "Repairing and Mechanising the JavaScript Relaxed Memory Model", PLDI 2020
// Note: out of thin air. T0 copies x to y and T1 copies y to x (data dependencies). The only
// Note: write of 42 is T2's, and T2 writes it after T0 has read x (T0's SeqCst flag store
// Note: synchronizes with T2's await), so T0 cannot read T2's 42
// Note: (mm.axiom.coherent-reads.no-future). T0 reads 42 only from T1's copy, which read T0's own copy: a
// Note: self-justifying po ∪ rf cycle. ECMA-262 allows it; mm.axiom.no-thin-air forbids it;
// Note: x86-TSO never reorders a load with a later store. T2 exists only to put 42 in the value
// Note: domain of x (mm.values.bounded); without it see OOTA+unreachable-value.
let x = 0;
let y = 0;
const o = { f: 0 };
const T0 = new Thread(() => {
  const r = x;
  y = r;
  Atomics.store(o, "f", 1);
  return r;
});
const T1 = new Thread(() => {
  const r = y;
  x = r;
  return r;
});
const T2 = new Thread(() => {
  while (Atomics.load(o, "f") === 0) {}
  x = 42;
});
T0.join();
T1.join();
T2.join();
