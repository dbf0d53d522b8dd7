// Litmus: MP+lock-writer
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Note: only the writer takes the lock. A lock orders nothing for a thread that does not take
// Note: it: the reader's plain reads race with the writes and may see them in either order.
const o = { data: 0, flag: 0 };
const l = new Lock();
const T0 = new Thread(() => {
  l.hold(() => {
    o.data = 1;
    o.flag = 1;
  });
});
const T1 = new Thread(() => {
  const f = o.flag;
  const d = o.data;
  return [f, d];
});
T0.join();
T1.join();
