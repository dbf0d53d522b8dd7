// Rule: th.error.wrong-receiver
// Lock and Condition methods called on other objects throw a TypeError.
const l = new Lock();
try {
  Lock.prototype.hold.call({}, () => 1);
} catch (e) {
  print("hold", e instanceof TypeError);
}
try {
  Condition.prototype.notify.call(l);
} catch (e) {
  print("notify", e instanceof TypeError);
}
