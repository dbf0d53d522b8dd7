// Rule: th.realm.shared
// Functions and classes defined by main are used by threads; instances cross back intact.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  sum() {
    return this.x + this.y;
  }
}
function helper(p) {
  return p.sum() * 2;
}
const t = new Thread(() => {
  const p = new Point(1, 2);
  return [p, helper(p)];
});
const [p, h] = t.join();
print(p instanceof Point, p.sum(), h, p.constructor === Point);
