// Rule: th.lock.async-hold.while-held, th.lock.async-hold.pending, th.run.deadlock
// A second asyncHold while the first release is never called waits forever.
// Note: main holds the lock through asyncHold() and never releases it; its second asyncHold
// Note: waits forever (not an error), and main is blocked on that pending acquisition.
const l = new Lock();
l.asyncHold().then((release) => {
  print("got release");
  l.asyncHold(() => print("never"));
});
