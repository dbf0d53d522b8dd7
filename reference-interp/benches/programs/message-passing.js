// Message passing through Atomics with two readers: every reader that sees the flag
// sees the data.
const o = { data: 0, flag: 0 };
const w = new Thread(() => { o.data = 1; Atomics.store(o, "flag", 1); });
const r = () => { const f = Atomics.load(o, "flag"); return f === 1 ? o.data : "no flag"; };
const r1 = new Thread(r);
const r2 = new Thread(r);
w.join();
print(r1.join(), r2.join());
