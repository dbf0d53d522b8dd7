// Litmus: SCDRF-1354+sc-plain
// Condition: exists (T1[0] === 1 && T1[1] === 2 && T1[2] === 1)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Cite: ECMA-262 issue #1354 (Guo, Watt, 2018): Example 1, printing 2 then 1
// Cite: ECMA-262 PR #1511; Watt et al., "Repairing and Mechanising the JavaScript Relaxed Memory Model", PLDI 2020
// Note: the SC-DRF counterexample that motivated the 2019 repair. The program is data-race-free:
// Note: the two stores of x race but are both SeqCst, and both plain reads happen after both
// Note: stores. Under the original rule (only sw pairs constrained) r1 = 2, r2 = 1 was allowed.
// Note: The repaired mm.axiom.sc-atomics (b) applies to each plain read of a SeqCst write that
// Note: happens before it: r2 reading x = 1 puts x = 2 before x = 1 in tot, r1 reading x = 2 puts
// Note: x = 1 before x = 2. No tot exists: Never, as SC-DRF requires.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
  Atomics.store(o, "y", 1);
});
const T1 = new Thread(() => {
  Atomics.store(o, "x", 2);
  const f = Atomics.load(o, "y");
  let r1 = -1;
  let r2 = -1;
  if (f === 1) {
    r1 = o.x;
    r2 = o.x;
  }
  return [f, r1, r2];
});
T0.join();
T1.join();
