// Rule: th.realm.shared, th.thread.this
// Sloppy assignment to an undeclared name creates a global; strict code gets a ReferenceError.
const t1 = new Thread(function () {
  madeByThread = 5;
});
const t2 = new Thread(function () {
  "use strict";
  try {
    alsoUndeclared = 6;
    return "assigned";
  } catch (e) {
    return e.name;
  }
});
t1.join();
print(globalThis.madeByThread, t2.join(), "alsoUndeclared" in globalThis);
