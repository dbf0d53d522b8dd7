// Litmus: Publish+new-object+in
// Condition: forall (T1 === -1 || T1 === true)
// Expect: weft=Always ecma=Always sc=Always x86-tso=Always
// Note: mm.race.new-object: a property a new object is created with is present for every thread
// Note: that can reach the object; "v" in q reads the Init write, never absent.
const o = { ref: null };
const T0 = new Thread(() => {
  const p = { v: 1 };
  o.ref = p;
});
const T1 = new Thread(() => {
  const q = o.ref;
  let r = -1;
  if (q !== null) {
    r = "v" in q;
  }
  return r;
});
T0.join();
T1.join();
