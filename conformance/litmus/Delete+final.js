// Litmus: Delete+final
// Condition: forall (o.x === absent || o.x === 2)
// Expect: weft=Always ecma=Always sc=Always x86-tso=Always
// Note: a delete racing with a set: the property ends absent or 2, never 1 (both writes happen
// Note: after the Init write and before the final read).
const o = { x: 1 };
const T0 = new Thread(() => {
  delete o.x;
});
const T1 = new Thread(() => {
  o.x = 2;
});
T0.join();
T1.join();
