// Litmus: IRIW+sc
// Condition: exists (T2[0] === 1 && T2[1] === 0 && T3[0] === 1 && T3[1] === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Cite: Watt et al., "Repairing and Mechanising the JavaScript Relaxed Memory Model", PLDI 2020
// Note: with Atomics the SeqCst writes are totally ordered by tot and every SeqCst read reads the
// Note: tot-latest: both readers agree on the order.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
});
const T1 = new Thread(() => {
  Atomics.store(o, "y", 1);
});
const T2 = new Thread(() => {
  const a = Atomics.load(o, "x");
  const b = Atomics.load(o, "y");
  return [a, b];
});
const T3 = new Thread(() => {
  const c = Atomics.load(o, "y");
  const d = Atomics.load(o, "x");
  return [c, d];
});
T0.join();
T1.join();
T2.join();
T3.join();
