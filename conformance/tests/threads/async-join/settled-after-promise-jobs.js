// Rule: th.jobs.async-settle, th.lock.async-hold, th.thread.async-join
// Completed async operations are settled only when the job queue is empty: every promise
// job queued before (and the jobs those queue) runs first. asyncHold completes at once,
// asyncJoin when its thread has finished; if both are complete, either is settled first.
const l = new Lock();
l.asyncHold(() => print("hold"));
Promise.resolve().then(() => print("job 1"));
const t = new Thread(() => 1);
t.asyncJoin().then(() => print("joined"));
Promise.resolve().then(() => print("job 2")).then(() => print("job 3"));
