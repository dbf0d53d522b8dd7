// Rule: th.thread.create, th.thread.finish, th.outcome.line
// A thread runs to its end even when nobody joins it; its segment shows its prints and result.
new Thread(() => {
  print("ran");
  return 1;
});
print("main done");
