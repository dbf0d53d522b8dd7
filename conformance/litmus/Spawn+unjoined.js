// Litmus: Spawn+unjoined
// Condition: exists (o.x === 0)
// Expect: weft=Never ecma=Never sc=Never x86-tso=Never
// Note: T0 never joins U; the main program joins every thread before it reads the final
// Note: state (LITMUS.md), so U's write is always visible there.
const o = { x: 0 };
const T0 = new Thread(() => {
  const U = new Thread(() => {
    o.x = 1;
  });
});
