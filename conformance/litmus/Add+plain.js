// Litmus: Add+plain
// Condition: forall (T1 === undefined || T1 === 1)
// Expect: weft=Always ecma=Always sc=Always x86-tso=Always
// Note: mm.location.absent: a property another thread is adding reads as absent (undefined) or
// Note: as its value, never as anything else.
const o = {};
const T0 = new Thread(() => {
  o.x = 1;
});
const T1 = new Thread(() => {
  const r = o.x;
  return r;
});
T0.join();
T1.join();
