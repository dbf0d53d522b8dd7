// Rule: th.thread.create, th.outcome.line
// Every created thread has a segment, joined or not, nested or not.
const t = new Thread(() => {
  new Thread(() => "grandchild");
  return "child";
});
print(t.join());
