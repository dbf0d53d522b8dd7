// Rule: th.restrict.touch, th.error.concurrent-access
// Reading or setting the prototype and preventing extensions are touches too.
const o = Thread.restrict({ x: 1 });
const t = new Thread(() => {
  const touches = [
    () => Object.getPrototypeOf(o),
    () => Object.setPrototypeOf(o, null),
    () => Object.preventExtensions(o),
    () => o instanceof Object,
  ];
  let n = 0;
  for (const f of touches) {
    try {
      f();
    } catch (e) {
      if (e instanceof ConcurrentAccessError) n++;
    }
  }
  return n;
});
print(t.join(), Object.getPrototypeOf(o) === Object.prototype, Object.isExtensible(o));
