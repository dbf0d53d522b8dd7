// Rule: th.lock.non-recursive, th.error.lock-recursive, th.lock.hold.release-on-throw
// Uncaught in a thread, the recursion Error ends the thread; the outer hold released the lock.
const l = new Lock();
const t = new Thread(() => l.hold(() => l.hold(() => 1)));
try {
  t.join();
} catch (e) {
  print(e.message);
}
print(l.hold(() => "free"));
