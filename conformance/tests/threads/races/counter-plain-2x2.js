// Rule: th.memory.read-modify-write, th.memory.locations
// Two threads x two racing plain increments: the total is 2, 3 or 4.
// Note: 2 threads x 2 plain increments. A thread's second read happens after its own first
// Note: write, which happens after the Init write, so it cannot read the initial 0: it
// Note: reads some write >= 1 and its second write is >= 2. Main's final read (after both
// Note: joins) must read one of the two second writes (each first write is followed in hb by
// Note: its thread's second). So the total is >= 2; each write is 1 + the value it read,
// Note: so a chain of at most 4 writes bounds it by 4. 2 (both read 0, then their own 1),
// Note: 3 (A: 1, 2; B reads 1 then 2: 2, 3) and 4 (B runs after A) all happen: {2, 3, 4}.
const o = { n: 0 };
const work = () => {
  o.n = o.n + 1;
  o.n = o.n + 1;
};
const t1 = new Thread(work);
const t2 = new Thread(work);
t1.join();
t2.join();
print(o.n);
