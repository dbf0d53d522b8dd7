// Litmus: MP+failed-cas
// Condition: exists (T1[0] === 1 && T1[1] === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: the reader reads the flag with a compareExchange that always fails (the flag is never 7).
// Note: A failed compareExchange is still a SeqCst read (mm.event.cas), so it synchronizes with
// Note: the store it reads.
const o = { data: 0, flag: 0 };
const T0 = new Thread(() => {
  o.data = 1;
  Atomics.store(o, "flag", 1);
});
const T1 = new Thread(() => {
  const f = Atomics.compareExchange(o, "flag", 7, 8);
  const d = o.data;
  return [f, d];
});
T0.join();
T1.join();
