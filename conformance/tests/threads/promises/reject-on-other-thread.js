// Rule: th.jobs.reaction-thread
// A rejection made by T1 runs main's catch handler on T1.
let reject;
const p = new Promise((_, r) => {
  reject = r;
});
const ex = { tag: "why" };
p.catch((e) => print("caught", e === ex, Thread.current.id));
new Thread(() => reject(ex));
