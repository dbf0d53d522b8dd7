// Rule: th.restrict.touch, th.error.concurrent-access
// Every property operation on a restricted object from another thread throws ConcurrentAccessError.
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
  return failed;
});
print(t.join().length);
print(o.x, "z" in o, "w" in o);
