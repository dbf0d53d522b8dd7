// Rule: th.atomics.own-data, th.error.atomics-not-own-data
// An own accessor property is rejected with a TypeError; the getter is not called.
let calls = 0;
const o = {
  get x() {
    calls++;
    return 1;
  },
};
try {
  Atomics.load(o, "x");
  print("no error");
} catch (e) {
  print(e instanceof TypeError, calls);
}
