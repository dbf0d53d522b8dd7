// Rule: th.lock.async-hold.release-fn, th.error.double-release
// asyncHold() resolves to a release function; a second call throws "lock already released".
const l = new Lock();
l.asyncHold().then((release) => {
  print(typeof release);
  try {
    l.hold(() => "inner");
  } catch (e) {
    print("held:", e.message);
  }
  release();
  try {
    release();
  } catch (e) {
    print(e.constructor === Error, e.message);
  }
  print(l.hold(() => "free"));
});
