// Litmus: Spawn+race
// Condition: exists (T2 === 1)
// Expect: weft=Sometimes ecma=Sometimes sc=Sometimes x86-tso=Sometimes
// Note: a write after new Thread races with the child: the child may see it or not.
const o = { x: 0 };
const T0 = new Thread(() => {
  const T2 = new Thread(() => {
    const r = o.x;
    return r;
  });
  o.x = 1;
  T2.join();
});
T0.join();
