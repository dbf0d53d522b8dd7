// Rule: th.thread.async-join, th.jobs.async-settle, th.thread.finish
// The reaction of T2's asyncJoin runs on T2, and T2 finishes only after it ran.
const o = { got: null };
const t1 = new Thread(() => "v");
const t2 = new Thread(() => {
  t1.asyncJoin().then((v) => {
    o.got = v;
    print("on", Thread.current.id, v);
  });
  return "t2";
});
t2.join();
print(o.got);
