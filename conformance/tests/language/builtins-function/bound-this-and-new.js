// bound functions ignore bound this under new, keep it otherwise
// spec: [language.builtin.function]
function Point(x, y) {
  this.x = x;
  this.y = y;
  return this;
}
var origin = { tag: "origin" };
var BoundPoint = Point.bind(origin, 1);
var called = BoundPoint(2);
print(called === origin, origin.x, origin.y);
var constructed = new BoundPoint(3);
print(constructed === origin, constructed.x, constructed.y, constructed instanceof Point);
print(Object.getPrototypeOf(constructed) === Point.prototype, BoundPoint.prototype);
class C { constructor(a) { this.a = a; } }
var BC = C.bind(null, "bound arg");
print(new BC().a);
try {
  BC();
} catch (e) {
  print(e.name);
}
var arrowBound = (() => typeof this).bind({});
print(arrowBound());
