// Rule: th.thread.current, th.thread.id
// On the main thread Thread.current is a Thread with id 0, the same object every time.
const c = Thread.current;
print(c instanceof Thread, c.id, c === Thread.current, typeof c.id);
