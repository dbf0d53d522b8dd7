// Rule: th.thread.id.accessor, th.thread.current
// id is a getter on Thread.prototype, current a static getter on Thread; a Thread has no own keys.
const d = Object.getOwnPropertyDescriptor(Thread.prototype, "id");
print(typeof d.get, d.set, "value" in d);
const c = Object.getOwnPropertyDescriptor(Thread, "current");
print(typeof c.get, c.set);
const t = new Thread(() => 0);
print(Object.keys(t).length, Object.getPrototypeOf(t) === Thread.prototype);
t.join();
