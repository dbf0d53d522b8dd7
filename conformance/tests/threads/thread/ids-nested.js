// Rule: th.thread.id
// A thread created by a thread takes the next number of the one program-wide counter.
const t1 = new Thread(() => new Thread(() => Thread.current.id).join());
print(t1.join());
const t3 = new Thread(() => 0);
print(t3.id);
