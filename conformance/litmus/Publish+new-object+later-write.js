// Litmus: Publish+new-object+later-write
// Condition: exists (T1 === 1)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: mm.race.new-object: only the values the object is created with are guaranteed. The write
// Note: p.v = 2 after creation is an ordinary plain write; published by a plain write, it may
// Note: be missed by a reader that got the reference (this is MP+plain). x86-TSO keeps the
// Note: order. Publish with Atomics (Publish+new-object+sc) to make it visible.
const o = { ref: null };
const T0 = new Thread(() => {
  const p = { v: 1 };
  p.v = 2;
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
