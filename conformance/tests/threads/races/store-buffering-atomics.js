// Rule: th.atomics.store, th.atomics.load.own-data
// Store buffering with Atomics: both reads cannot miss.
// Note: SB+sc: with Atomics on all four accesses the SeqCst order forbids both reads missing.
const o = { x: 0, y: 0 };
new Thread(() => {
  Atomics.store(o, "x", 1);
  return Atomics.load(o, "y");
});
new Thread(() => {
  Atomics.store(o, "y", 1);
  return Atomics.load(o, "x");
});
