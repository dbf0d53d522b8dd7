// Litmus: Spawn+publish
// Condition: exists (T2 === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: everything before new Thread happens before the child's first event
// Note: (mm.relation.sw.spawn): the child reads 1 or T1's racing 2, never the Init value 0.
const o = { x: 0 };
const T0 = new Thread(() => {
  o.x = 1;
  const T2 = new Thread(() => {
    const r = o.x;
    return r;
  });
  T2.join();
});
const T1 = new Thread(() => {
  o.x = 2;
});
T0.join();
T1.join();
