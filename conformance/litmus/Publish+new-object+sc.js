// Litmus: Publish+new-object+sc
// Condition: exists (T1 === 1)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: publication through a SeqCst store and load: the store synchronizes with the load, so
// Note: p.v = 2 happens before the read of q.v, which cannot read the older Init value 1.
const o = { ref: null };
const T0 = new Thread(() => {
  const p = { v: 1 };
  p.v = 2;
  Atomics.store(o, "ref", p);
});
const T1 = new Thread(() => {
  const q = Atomics.load(o, "ref");
  let r = -1;
  if (q !== null) {
    r = q.v;
  }
  return r;
});
T0.join();
T1.join();
