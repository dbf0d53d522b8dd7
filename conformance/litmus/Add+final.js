// Litmus: Add+final
// Condition: forall (o.x === 1)
// Expect: weft=Always ecma=Always sc=Always x86-tso=Always
// Note: an added property is never lost: the final read happens after the add.
const o = {};
const T0 = new Thread(() => {
  o.x = 1;
});
T0.join();
