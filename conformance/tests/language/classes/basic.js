// class declarations: constructor, methods, prototype wiring
// spec: [language.class.definitions]
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm1() { return Math.abs(this.x) + Math.abs(this.y); }
  toString() { return "(" + this.x + ", " + this.y + ")"; }
}
var p = new Point(3, -4);
print(p.norm1(), String(p), `${p}`);
print(typeof Point, p instanceof Point, p.constructor === Point);
print(Object.getPrototypeOf(p) === Point.prototype);
print(Object.keys(p).join(","), Object.keys(Point.prototype).length);
var d = Object.getOwnPropertyDescriptor(Point.prototype, "norm1");
print(d.writable, d.enumerable, d.configurable);
var pd = Object.getOwnPropertyDescriptor(Point, "prototype");
print(pd.writable, pd.enumerable, pd.configurable);
print(Point.name, Point.length);
class Empty {}
print(typeof new Empty(), Empty.length);
