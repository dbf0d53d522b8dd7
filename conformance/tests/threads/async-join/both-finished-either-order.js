// Rule: th.jobs.async-settle
// Both threads have finished before main's event loop runs (main joins them), so both
// asyncJoins are complete then; which is settled first is not specified — not the order
// of the asyncJoin calls, not the order the threads finished in.
const t1 = new Thread(() => "one");
const t2 = new Thread(() => "two");
t2.asyncJoin().then((v) => print("joined " + v));
t1.asyncJoin().then((v) => print("joined " + v));
t1.join();
t2.join();
print("both done");
