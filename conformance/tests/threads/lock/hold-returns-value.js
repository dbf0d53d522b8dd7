// Rule: th.lock.create, th.lock.hold
// hold returns what fn returned, the same object.
const l = new Lock();
const obj = { v: 1 };
print(l.hold(() => 5), l.hold(() => obj) === obj, l.hold(() => {}));
