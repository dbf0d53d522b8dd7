// Rule: th.jobs.memory, th.jobs.reaction-thread
// Settling a promise publishes the settler's earlier writes to the reaction.
// Note: settling a promise synchronizes with its reactions: the plain writes made before
// Note: resolve() are visible to the reaction, on whichever thread it runs.
let resolve;
const p = new Promise((r) => {
  resolve = r;
});
const o = { data: 0 };
new Thread(() => {
  p.then(() => print("data", o.data));
});
new Thread(() => {
  o.data = 7;
  resolve();
});
