// Litmus: S+sc-y
// Condition: exists (T1 === 1 && o.x === 2)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: x stays plain, y is the synchronizing flag: x = 2 happens before x = 1, which happens
// Note: before the final read, so that read cannot read x = 2
// Note: (mm.axiom.coherent-reads.no-intervening). Data-race-free.
const o = { x: 0, y: 0 };
const T0 = new Thread(() => {
  o.x = 2;
  Atomics.store(o, "y", 1);
});
const T1 = new Thread(() => {
  const r = Atomics.load(o, "y");
  o.x = 1;
  return r;
});
T0.join();
T1.join();
