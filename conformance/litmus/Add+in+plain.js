// Litmus: Add+in+plain
// Condition: exists (T1[0] === true && T1[1] === undefined)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: a racing reader may see the property present ("x" in o) and then absent (o.x undefined):
// Note: two plain reads of one location are not coherent (CoRR+plain). No value other than
// Note: absent and 1 is ever seen.
const o = {};
const T0 = new Thread(() => {
  o.x = 1;
});
const T1 = new Thread(() => {
  const h = "x" in o;
  const v = o.x;
  return [h, v];
});
T0.join();
T1.join();
