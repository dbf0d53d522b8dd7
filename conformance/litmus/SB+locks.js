// Litmus: SB+locks
// Condition: exists (T0 === 0 && T1 === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: both critical sections under one lock: one runs entirely before the other, and the
// Note: release → acquire synchronization (mm.relation.sw.lock) makes the first one's write
// Note: visible to the second one's read. Data-race-free, so SC.
let x = 0;
let y = 0;
const l = new Lock();
const T0 = new Thread(() => {
  let r = -1;
  l.hold(() => {
    x = 1;
    r = y;
  });
  return r;
});
const T1 = new Thread(() => {
  let r = -1;
  l.hold(() => {
    y = 1;
    r = x;
  });
  return r;
});
T0.join();
T1.join();
