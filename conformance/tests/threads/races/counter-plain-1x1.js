// Rule: th.memory.read-modify-write, th.memory.locations
// Two racing plain increments: the total is 1 or 2.
// Note: each thread does o.n = o.n + 1 once (a plain read, then a plain write). Both may read
// Note: 0 (a lost update: 1), or one reads the other's 1 (2). Both reading 1 would need a
// Note: po+rf cycle (each read reading a write that follows the other's read): forbidden by
// Note: mm.axiom.no-thin-air. Main's read after both joins sees a write that no other write
// Note: happens-after: either thread's, both final candidates are in {1, 2}.
const o = { n: 0 };
const work = () => {
  o.n = o.n + 1;
};
const t1 = new Thread(work);
const t2 = new Thread(work);
t1.join();
t2.join();
print(o.n);
