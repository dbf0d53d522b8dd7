// Litmus: MP+locks
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: both sides in l.hold: the critical sections are ordered by release → acquire
// Note: (mm.relation.sw.lock), so the reader sees both writes or neither.
const o = { data: 0, flag: 0 };
const l = new Lock();
const T0 = new Thread(() => {
  l.hold(() => {
    o.data = 1;
    o.flag = 1;
  });
});
const T1 = new Thread(() => {
  let f = -1;
  let d = -1;
  l.hold(() => {
    f = o.flag;
    d = o.data;
  });
  return [f, d];
});
T0.join();
T1.join();
