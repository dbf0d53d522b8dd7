// Litmus: LB+ctrl+plain
// Condition: exists (T0 === 1 && T1 === 1)
// Expect: weft=Never ecma=Sometimes sc=Never x86-tso=Never
// Cite: tc39/proposal-ecmascript-sharedmem issue #82 (Demsky: thin-air values through control dependencies)
// Note: thin air through control dependencies: each thread writes 1 only if it read 1. As in
// Note: LB+data+plain, T2's write of 1 only makes 1 a possible value of x; it happens after
// Note: T0's read. T0 = T1 = 1 needs the self-justifying cycle: allowed by ECMA-262, forbidden
// Note: by mm.axiom.no-thin-air. The program is data-race-free in every SC execution (neither
// Note: conditional write runs), so this is also the counterexample to SC-DRF over SC
// Note: executions for ecma (mm.drf.ecma-thin-air); weft has it (mm.drf.sc).
let x = 0;
let y = 0;
const o = { f: 0 };
const T0 = new Thread(() => {
  const r = x;
  if (r === 1) {
    y = 1;
  }
  Atomics.store(o, "f", 1);
  return r;
});
const T1 = new Thread(() => {
  const r = y;
  if (r === 1) {
    x = 1;
  }
  return r;
});
const T2 = new Thread(() => {
  while (Atomics.load(o, "f") === 0) {}
  x = 1;
});
T0.join();
T1.join();
T2.join();
