// Litmus: Delete+plain
// Condition: exists (T1[0] === false && T1[1] === 1)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: delete is a plain write of absent (mm.location.absent). A racing reader may see the
// Note: property gone and then present again (plain reads are not coherent); it never sees
// Note: anything but absent or 1.
const o = { x: 1 };
const T0 = new Thread(() => {
  delete o.x;
});
const T1 = new Thread(() => {
  const h = "x" in o;
  const v = o.x;
  return [h, v];
});
T0.join();
T1.join();
