// Rule: th.thread-local.value
// A thread created by a thread starts with undefined too, whatever its creator set.
const tl = new ThreadLocal();
tl.value = "main";
const t = new Thread(() => {
  tl.value = "outer";
  const inner = new Thread(() => tl.value);
  return [tl.value, inner.join()];
});
print(t.join().join("/"), tl.value);
