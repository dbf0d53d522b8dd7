// Rule: th.lock.async-hold.while-held, th.lock.async-hold
// asyncHold while this thread holds the lock is no error: it acquires after the release.
const l = new Lock();
l.hold(() => {
  l.asyncHold(() => print("acquired")).then(() => print("settled"));
  print("in hold");
});
print("after hold");
