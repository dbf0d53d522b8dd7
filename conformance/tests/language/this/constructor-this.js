// `this` in constructors, including class constructors and derived classes
// spec: [language.new] [language.this.binding]
function F() {
  this.a = 1;
  var self = this;
  this.check = function () { return self === this; };
}
var f = new F();
print(f.a, f.check(), f.check.call({}));
class A {
  constructor() { this.fromA = this.constructor.name; }
}
class B extends A {
  constructor() {
    let before;
    try { this.x = 1; } catch (e) { before = e.name; }
    super();
    this.fromB = before;
  }
}
var b = new B();
print(b.fromA, b.fromB);
class C extends A {
  constructor() { return { replaced: true }; }
}
print(JSON.stringify(new C()));
class D extends A {
  constructor() {}
}
try {
  new D();
} catch (e) {
  print("D:", e.name);
}
