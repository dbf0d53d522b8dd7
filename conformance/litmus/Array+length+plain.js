// Litmus: Array+length+plain
// Condition: forall (T1 === 2)
// Expect: weft=Always ecma=Always sc=Always x86-tso=Always
// Note: an array's length is its own location; writing an element below length does not write
// Note: it, so a racing reader always sees 2.
const a = [0, 0];
const T0 = new Thread(() => {
  a[1] = 5;
});
const T1 = new Thread(() => {
  const r = a.length;
  return r;
});
T0.join();
T1.join();
