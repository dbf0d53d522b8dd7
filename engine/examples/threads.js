// Four threads fill one shared array and bump one shared counter, in one heap.
const data = [];
const totals = { sum: 0 };
const lock = new Lock();
const workers = [];
for (let t = 0; t < 4; t++) {
  workers.push(new Thread((id) => {
    let local = 0;
    for (let i = 0; i < 250; i++) {
      const v = id * 1000 + i;
      local += v;
      lock.hold(() => { data.push(v); });
    }
    Atomics.add(totals, "sum", local);
    return local;
  }, t));
}
const perThread = workers.map((w) => w.join());
print("threads:", workers.map((w) => w.id).join(","));
print("elements:", data.length, "sum:", totals.sum);
print("per thread:", perThread.join(" "));
print("consistent:", perThread.reduce((a, b) => a + b, 0) === totals.sum);
