// Rule: th.thread-local.value
// Main's value is invisible to a thread, and the thread's value does not change main's.
const tl = new ThreadLocal();
tl.value = 1;
const t = new Thread(() => {
  const before = tl.value;
  tl.value = 2;
  return [before, tl.value];
});
t.join();
print(tl.value);
