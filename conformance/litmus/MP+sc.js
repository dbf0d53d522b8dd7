// Litmus: MP+sc
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Cite: Watt et al., "Repairing and Mechanising the JavaScript Relaxed Memory Model", PLDI 2020
// Note: all accesses are Atomics: data-race-free, hence SC.
const o = { data: 0, flag: 0 };
const T0 = new Thread(() => {
  Atomics.store(o, "data", 1);
  Atomics.store(o, "flag", 1);
});
const T1 = new Thread(() => {
  const f = Atomics.load(o, "flag");
  const d = Atomics.load(o, "data");
  return [f, d];
});
T0.join();
T1.join();
