// Rule: th.thread.async-join, th.jobs.async-settle
// asyncJoin returns a promise fulfilled with the thread's value, in a job after the script.
const t = new Thread(() => 5);
t.asyncJoin().then((v) => print("got", v));
print("sync");
