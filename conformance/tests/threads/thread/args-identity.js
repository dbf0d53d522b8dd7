// Rule: th.thread.create
// The thread function gets the very argument values, same objects, same count.
const a = { tag: "a" };
const t = new Thread(
  function (x, y, z) {
    return [arguments.length, x === a, y, z];
  },
  a,
  "s",
  3,
);
const r = t.join();
print(r[0], r[1], r[2], r[3]);
