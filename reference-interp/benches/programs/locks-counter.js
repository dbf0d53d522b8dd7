// Three threads increment a lock-protected counter three times each: the total is
// exact in every execution.
const o = { n: 0 };
const l = new Lock();
const body = () => {
  for (let i = 0; i < 3; i++) l.hold(() => { o.n = o.n + 1; });
};
const ts = [new Thread(body), new Thread(body), new Thread(body)];
for (const t of ts) t.join();
print(o.n);
