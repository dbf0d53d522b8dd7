// Rule: th.error.wrong-receiver
// Thread.prototype methods and getters called on a non-Thread throw a TypeError.
try {
  Thread.prototype.join.call({});
} catch (e) {
  print("join", e instanceof TypeError);
}
try {
  Object.getOwnPropertyDescriptor(Thread.prototype, "id").get.call({});
} catch (e) {
  print("id", e instanceof TypeError);
}
