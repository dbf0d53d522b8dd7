// Rule: th.lock.async-hold.release-fn, th.lock.async-hold
// asyncHold(undefined) is the release-function form too.
const l = new Lock();
l.asyncHold(undefined).then((release) => {
  print(typeof release);
  release();
  print(l.hold(() => "free"));
});
