// Rule: th.condition.wait, th.error.condition-lock
// The argument of wait must be a Lock.
const l = new Lock();
const c = new Condition();
l.hold(() => {
  for (const bad of [undefined, {}, 5, c]) {
    try {
      c.wait(bad);
      print("no error");
    } catch (e) {
      print(e instanceof TypeError);
    }
  }
});
