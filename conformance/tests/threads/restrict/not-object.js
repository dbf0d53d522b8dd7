// Rule: th.restrict, th.error.restrict-not-object
// Restricting a primitive is a TypeError.
for (const v of [5, "s", undefined, null, Symbol("x")]) {
  try {
    Thread.restrict(v);
    print("no error");
  } catch (e) {
    print(e instanceof TypeError);
  }
}
