// accessors found on the prototype are called with the receiver as this
// spec: [language.object.prototypes]
var proto = {
  get area() { return this.w * this.h; },
  set size(s) { this.w = s; this.h = s; },
};
var sq = Object.create(proto);
sq.size = 4;
print(sq.area, Object.keys(sq).join(","), sq.hasOwnProperty("size"));
var rect = Object.create(proto, { w: { value: 2, enumerable: true }, h: { value: 3, enumerable: true } });
print(rect.area);
rect.area = 100; // getter-only inherited accessor: assignment ignored in sloppy mode
print(rect.area, rect.hasOwnProperty("area"));
var log = [];
var p2 = { set x(v) { log.push("proto setter " + v); } };
var child = Object.create(p2);
child.x = 1;
Object.defineProperty(child, "x", { value: "own data", writable: true, enumerable: true, configurable: true });
child.x = 2;
print(log.join(","), child.x);
