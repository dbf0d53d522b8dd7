// Litmus: MP+sc-flag
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Cite: Watt et al., "Repairing and Mechanising the JavaScript Relaxed Memory Model", PLDI 2020 (message passing through a SeqCst flag)
// Cite: ECMA-262 §29 (sec-shared-memory-guidelines)
// Note: the data is plain, the flag is Atomics on both sides: the store synchronizes with the
// Note: load that reads it (mm.relation.sw.seq-cst), so the data write happens before the data
// Note: read and mm.axiom.coherent-reads.no-intervening forbids reading the Init value 0. The
// Note: program is data-race-free.
const o = { data: 0, flag: 0 };
const T0 = new Thread(() => {
  o.data = 1;
  Atomics.store(o, "flag", 1);
});
const T1 = new Thread(() => {
  const f = Atomics.load(o, "flag");
  const d = o.data;
  return [f, d];
});
T0.join();
T1.join();
