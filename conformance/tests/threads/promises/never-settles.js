// Rule: th.jobs.pending, th.thread.finish
// A promise that nothing settles is not pending work: the threads finish, no deadlock.
new Promise(() => {}).then(() => print("never"));
const t = new Thread(() => {
  new Promise(() => {}).then(() => print("never either"));
  return "done";
});
print(t.join());
