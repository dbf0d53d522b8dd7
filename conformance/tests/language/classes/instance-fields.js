// public instance fields
// spec: [language.class.fields]
var order = [];
class Fields {
  a = (order.push("a"), 1);
  b = this.a + 1;
  ["c" + 1] = "computed";
  d;
  constructor() {
    order.push("ctor");
    this.e = this.b * 10;
  }
}
var f = new Fields();
print(f.a, f.b, f.c1, f.d, f.e, "d" in f);
print(order.join(","));
print(Object.keys(f).join(","));
var d = Object.getOwnPropertyDescriptor(f, "a");
print(d.writable, d.enumerable, d.configurable);
class Base {
  constructor() { this.fromBase = this.field; }
}
class Derived extends Base {
  field = "derived field";
  constructor() {
    super();
    this.afterSuper = this.field;
  }
}
var x = new Derived();
print(x.fromBase, x.afterSuper);
var keyCalls = 0;
class Once { [(keyCalls++, "k")] = 1; }
new Once(); new Once();
print(keyCalls);
