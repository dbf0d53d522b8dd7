// Rule: th.memory.locations, th.lock.memory
// An array pushed to under a lock by two threads loses no element.
// Note: push reads length and writes an element and length; under a lock no element is lost.
const arr = [];
const l = new Lock();
function work(tag) {
  l.hold(() => arr.push(tag + "1"));
  l.hold(() => arr.push(tag + "2"));
}
const t1 = new Thread(work, "a");
const t2 = new Thread(work, "b");
t1.join();
t2.join();
print(arr.length, arr.slice().sort().join());
