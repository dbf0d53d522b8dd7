// Rule: th.lock.mutual-exclusion
// At most one thread is inside a lock's critical section.
// Note: inside the critical section a thread always sees itself alone (inside === 1).
const l = new Lock();
const o = { inside: 0 };
function work() {
  return l.hold(() => {
    o.inside = o.inside + 1;
    const seen = o.inside;
    o.inside = o.inside - 1;
    return seen;
  });
}
const t1 = new Thread(work);
const t2 = new Thread(work);
print(t1.join(), t2.join(), o.inside);
