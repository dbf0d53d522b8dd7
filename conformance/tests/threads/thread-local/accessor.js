// Rule: th.thread-local.value, th.error.wrong-receiver
// value is a getter/setter on ThreadLocal.prototype; cells have no own properties.
const tl = new ThreadLocal();
tl.value = 5;
const d = Object.getOwnPropertyDescriptor(ThreadLocal.prototype, "value");
print(typeof d.get, typeof d.set, Object.getOwnPropertyNames(tl).length, "value" in tl);
try {
  d.get.call({});
} catch (e) {
  print(e instanceof TypeError);
}
