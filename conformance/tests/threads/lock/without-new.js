// Rule: th.realm.constructors, th.error.constructor-without-new
// Lock, Condition and ThreadLocal must be called with new.
for (const C of [Lock, Condition, ThreadLocal]) {
  try {
    C();
    print("no error");
  } catch (e) {
    print(e instanceof TypeError);
  }
}
