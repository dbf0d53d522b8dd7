// Rule: th.restrict.touch, th.error.concurrent-access
// Every internal method of a restricted object throws for another thread.
const o = Thread.restrict({ x: 1 });
const t = new Thread(() => {
  const touches = [
    ["get", () => o.x],
    ["set", () => {
      o.x = 2;
    }],
    ["add", () => {
      o.z = 3;
    }],
    ["in", () => "x" in o],
    ["delete", () => delete o.x],
    ["defineProperty", () => Object.defineProperty(o, "w", { value: 1 })],
    ["keys", () => Object.keys(o)],
    ["for-in", () => {
      for (const k in o) return k;
    }],
    ["getPrototypeOf", () => Object.getPrototypeOf(o)],
    ["setPrototypeOf", () => Object.setPrototypeOf(o, null)],
    ["preventExtensions", () => Object.preventExtensions(o)],
    ["getOwnPropertyDescriptor", () => Object.getOwnPropertyDescriptor(o, "x")],
    ["restrict", () => Thread.restrict(o)],
  ];
  const failed = [];
  for (const [name, f] of touches) {
    try {
      f();
      failed.push(name + ": no error");
    } catch (e) {
      if (!(e instanceof ConcurrentAccessError)) failed.push(name + ": " + e.name);
    }
  }
  return failed.length;
});
print(t.join());
print(o.x, "z" in o, "w" in o, Object.getPrototypeOf(o) === Object.prototype, Object.isExtensible(o));
