// Rule: th.lock.async-hold, th.jobs.queue
// asyncHold never runs fn during the call: fn runs in a later job, then the promise settles.
const l = new Lock();
l.asyncHold(() => {
  print("in fn");
  return 5;
}).then((v) => print("got", v));
print("sync");
