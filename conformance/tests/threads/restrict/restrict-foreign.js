// Rule: th.restrict, th.restrict.touch
// Restricting an object restricted to another thread is a touch: it throws.
const o = Thread.restrict({});
const t = new Thread(() => {
  try {
    Thread.restrict(o);
    return "restricted";
  } catch (e) {
    return e.name;
  }
});
print(t.join(), Thread.restrict(o) === o);
