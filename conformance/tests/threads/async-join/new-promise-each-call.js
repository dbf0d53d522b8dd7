// Rule: th.thread.async-join
// Every call returns a new Promise object.
const t = new Thread(() => 1);
const p1 = t.asyncJoin();
const p2 = t.asyncJoin();
print(p1 === p2, p1 instanceof Promise, p2 instanceof Promise);
Promise.all([p1, p2]).then((vs) => print(vs.join()));
