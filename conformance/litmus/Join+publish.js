// Litmus: Join+publish
// Condition: forall (T0 === 1)
// Expect: weft=Always ecma=Always sc=Always x86-tso=Always
// Note: everything the child did happens before what follows join (mm.relation.sw.join).
const o = { x: 0 };
const T0 = new Thread(() => {
  const T1 = new Thread(() => {
    o.x = 1;
  });
  T1.join();
  const r = o.x;
  return r;
});
T0.join();
