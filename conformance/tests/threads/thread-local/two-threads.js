// Rule: th.thread-local.value, th.thread-local.no-events
// Two threads using one ThreadLocal at once each see only their own value.
// Note: two threads set and read the same cell concurrently; each sees only its own value, in
// Note: every interleaving (thread-local values are not shared locations).
const tl = new ThreadLocal();
function work(v) {
  const first = tl.value;
  tl.value = v;
  tl.value = tl.value + "!";
  return [first, tl.value];
}
const t1 = new Thread(work, "a");
const t2 = new Thread(work, "b");
