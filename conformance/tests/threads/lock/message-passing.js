// Rule: th.lock.memory
// Writer and reader under one lock see both writes or neither.
// Note: writer and reader both use the lock, so the reader sees both writes or neither
// Note: (MP+locks): [0, 0] or [1, 1], never a mix.
const l = new Lock();
const o = { data: 0, flag: 0 };
new Thread(() =>
  l.hold(() => {
    o.data = 1;
    o.flag = 1;
  }),
);
const t2 = new Thread(() => l.hold(() => [o.flag, o.data]));
