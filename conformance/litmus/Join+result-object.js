// Litmus: Join+result-object
// Condition: forall (T0 === 2)
// Expect: weft=Always ecma=Always sc=Always x86-tso=Always
// Note: join returns the very object the child returned; the child's write after creating it
// Note: happens before the joiner's read.
const T0 = new Thread(() => {
  const T1 = new Thread(() => {
    const p = { v: 1 };
    p.v = 2;
    return p;
  });
  const q = T1.join();
  const r = q.v;
  return r;
});
T0.join();
