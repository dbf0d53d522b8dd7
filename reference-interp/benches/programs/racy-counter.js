// Two threads increment a plain property twice each: lost updates give 2, 3 or 4.
const o = { n: 0 };
const body = () => { o.n = o.n + 1; o.n = o.n + 1; };
const a = new Thread(body);
const b = new Thread(body);
a.join();
b.join();
print(o.n);
