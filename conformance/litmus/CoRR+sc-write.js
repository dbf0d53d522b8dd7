// Litmus: CoRR+sc-write
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: a SeqCst write read by plain reads: no synchronization, no coherence for the reads.
const o = { x: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "x", 1);
});
const T1 = new Thread(() => {
  const a = o.x;
  const b = o.x;
  return [a, b];
});
T0.join();
T1.join();
