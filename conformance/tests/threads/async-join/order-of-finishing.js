// Rule: th.thread.async-join, th.jobs.async-settle
// asyncJoin reactions run in the order in which the threads finish.
// Note: each promise settles on main when its thread finishes; the two threads finish in
// Note: either order, so main prints a/b in either order.
const t1 = new Thread(() => "a");
const t2 = new Thread(() => "b");
t1.asyncJoin().then((v) => print(v));
t2.asyncJoin().then((v) => print(v));
