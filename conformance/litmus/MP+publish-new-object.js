// Litmus: MP+publish-new-object
// Condition: forall (T1 === -1 || T1 === 1)
// Expect: weft=Always ecma=Always sc=Always x86-tso=Always
// Note: mm.race.new-object: T0 creates { v: 1 } and publishes it with a plain write, T1 obtains
// Note: the reference through a race. Object creation writes v = 1 as an Init event, which
// Note: happens before every other event on (p, "v"), so T1 reads 1 — never absent (undefined),
// Note: never a value no one wrote — even though nothing synchronizes the two threads.
const o = { ref: null };
const T0 = new Thread(() => {
  const p = { v: 1 };
  o.ref = p;
});
const T1 = new Thread(() => {
  const q = o.ref;
  let r = -1;
  if (q !== null) {
    r = q.v;
  }
  return r;
});
T0.join();
T1.join();
