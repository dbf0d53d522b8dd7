// function constructors, prototype property, and returned objects
// spec: [language.new]
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.sum = function () { return this.x + this.y; };
var p = new Point(2, 3);
print(p.sum(), p instanceof Point, p.constructor === Point);
print(Object.getPrototypeOf(p) === Point.prototype);
function ReturnsObject() {
  this.a = 1;
  return { b: 2 };
}
var r = new ReturnsObject();
print(r.a, r.b, r instanceof ReturnsObject);
function ReturnsPrimitive() {
  this.a = 1;
  return 42;
}
print(new ReturnsPrimitive().a);
function NoParens() { this.v = "np"; }
print(new NoParens().v, (new NoParens).v);
Point.prototype = { replaced: true };
print(p instanceof Point, new Point(1, 1).replaced);
var pd = Object.getOwnPropertyDescriptor(function () {}, "prototype");
print(pd.writable, pd.enumerable, pd.configurable);
print((() => {}).prototype, typeof { m() {} }.m.prototype);
