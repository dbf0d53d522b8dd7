// Rule: th.thread.main, th.jobs.async-settle
// Reduced from weft-fuzz seed 1 index 901 (the reference interpreter used to end main at
// the uncaught error without running its jobs): the script throws a ReferenceError after an
// asyncJoin; main still settles it and runs the reaction before it finishes.
const t2 = new Thread(() => {});
t2.asyncJoin().then((v) => print("joined t2", String(v)));
t1.join();
