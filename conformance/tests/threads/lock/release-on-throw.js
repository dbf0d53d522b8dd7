// Rule: th.lock.hold.release-on-throw
// hold releases the lock and rethrows the very value when fn throws; the lock is free after.
const l = new Lock();
const ex = { tag: "ex" };
try {
  l.hold(() => {
    throw ex;
  });
} catch (e) {
  print(e === ex);
}
print(l.hold(() => "again"));
const t = new Thread(() => l.hold(() => "t1"));
print(t.join());
