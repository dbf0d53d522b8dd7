// Rule: th.outcome.line, th.outcome.print
// Lines are grouped per thread, so interleavings of prints do not multiply outcomes.
// Note: each thread's lines are listed in its own segment, in its own order; how the threads
// Note: interleave does not show, so this racy-looking program has one outcome.
const t1 = new Thread(() => {
  print("one");
  print("two");
});
const t2 = new Thread(() => {
  print("three");
});
print("main");
