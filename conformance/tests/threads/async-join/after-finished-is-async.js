// Rule: th.thread.async-join, th.jobs.queue
// asyncJoin of a thread that already finished still settles in a later job, never during the call.
const t = new Thread(() => 1);
t.join();
t.asyncJoin().then((v) => print("job", v));
print("sync");
