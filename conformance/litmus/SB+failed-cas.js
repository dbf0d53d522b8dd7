// Litmus: SB+failed-cas
// Condition: exists (T0 === 0 && T1 === 0)
// Expect: weft=Sometimes ecma=Sometimes sc=Never x86-tso=Never
// Cite: ECMA-262 issue #2231 (Watt, 2020): the same program; with failed compareExchange as a read, 0,0 is allowed as in C++
// Note: both compareExchanges fail (b0 is never 42). A failed compareExchange is only a SeqCst
// Note: read (mm.event.cas): neither writes, so neither synchronizes with the other and the
// Note: plain reads may both return 0. Were a failed compareExchange a read-modify-write (as
// Note: ECMA-262 once specified), one would read from the other and 0,0 would be forbidden. On
// Note: x86-64 lock cmpxchg is a fence even when it fails, so the outcome is not observed there.
const o = { b0: 0, b1: 0, b2: 0 };
const T0 = new Thread(() => {
  o.b1 = 1;
  Atomics.compareExchange(o, "b0", 42, 42);
  const r = o.b2;
  return r;
});
const T1 = new Thread(() => {
  o.b2 = 2;
  Atomics.compareExchange(o, "b0", 42, 42);
  const r = o.b1;
  return r;
});
T0.join();
T1.join();
