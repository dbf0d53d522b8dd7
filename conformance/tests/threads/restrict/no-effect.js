// Rule: th.restrict.touch
// A touch that throws changes nothing: the owner sees its own values afterwards.
const o = Thread.restrict({ x: 1, y: 2 });
const t = new Thread(() => {
  let n = 0;
  try {
    o.x = 100;
  } catch (e) {
    n++;
  }
  try {
    delete o.y;
  } catch (e) {
    n++;
  }
  return n;
});
print(t.join(), o.x, o.y);
