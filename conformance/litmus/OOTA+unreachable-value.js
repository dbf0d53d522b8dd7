// Litmus: OOTA+unreachable-value
// Condition: exists (T0 === 42 || T1 === 42)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Cite: ECMA-262 §29 (sec-memory-model) allows this outcome (no thin-air restriction)
// Note: the classic thin-air program: ECMA-262 allows 42 to appear from nowhere. The checkers
// Note: bound every location's values to the least set the test can write (mm.values.bounded),
// Note: and 42 is not in it, so every model answers Never. This documents the bound: the
// Note: ecma answer is exact only for values the test can produce; LB+data+plain shows the
// Note: thin-air cycle with a value that is reachable.
let x = 0;
let y = 0;
const T0 = new Thread(() => {
  const r = x;
  y = r;
  return r;
});
const T1 = new Thread(() => {
  const r = y;
  x = r;
  return r;
});
T0.join();
T1.join();
