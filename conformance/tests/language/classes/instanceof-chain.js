// instanceof walks the prototype chain
// spec: [language.class.extends]
class A {}
class B extends A {}
class C extends B {}
var c = new C();
print(c instanceof C, c instanceof B, c instanceof A, c instanceof Object);
var b = new B();
print(b instanceof C, A.prototype.isPrototypeOf(c), C.prototype.isPrototypeOf(b));
Object.setPrototypeOf(b, C.prototype);
print(b instanceof C);
var bare = Object.create(null);
print(bare instanceof Object);
print([] instanceof Array, [] instanceof Object, (() => 1) instanceof Function);
print(5 instanceof Number, new Number(5) instanceof Number, "s" instanceof String);
try {
  c instanceof 5;
} catch (e) {
  print(e.name);
}
try {
  c instanceof {};
} catch (e) {
  print(e.name);
}
