// Rule: th.thread-local.value, th.jobs.queue
// A job sees the value of the thread it runs on.
const tl = new ThreadLocal();
tl.value = "main";
Promise.resolve().then(() => print("main job", tl.value));
new Thread(() => {
  tl.value = "t1";
  Promise.resolve().then(() => print("t1 job", tl.value));
});
