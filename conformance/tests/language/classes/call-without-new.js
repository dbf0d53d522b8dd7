// class constructors throw when called without new
// spec: [language.class.scope]
class A {}
try {
  A();
} catch (e) {
  print(e.name, e instanceof TypeError);
}
try {
  A.call({});
} catch (e) {
  print("call:", e.name);
}
var B = class {};
try {
  B.apply(null, []);
} catch (e) {
  print("apply:", e.name);
}
print(typeof new A(), new B() instanceof B);
class C { static make() { return new this(); } }
print(C.make() instanceof C);
var Bound = A.bind(null);
print(new Bound() instanceof A);
try {
  Bound();
} catch (e) {
  print("bound:", e.name);
}
