// Rule: th.outcome.examples, th.outcome.line
// The first example of the spec: main prints two lines, T1 returns 3, T2 nothing.
const t1 = new Thread(() => 3);
const t2 = new Thread(() => {});
print(t1.join());
t2.join();
print("done");
