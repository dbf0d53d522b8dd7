// Rule: th.lock.hold, th.lock.non-recursive
// Different locks are independent: holding one does not stop holding another.
const a = new Lock();
const b = new Lock();
print(a.hold(() => b.hold(() => a === b || "nested")));
