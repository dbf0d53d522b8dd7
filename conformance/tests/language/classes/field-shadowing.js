// fields are own properties: they shadow prototype methods and run per instance
// spec: [language.class.fields]
class A {
  value = "field";
  value2() { return "method"; }
  get accessor() { return "getter"; }
}
class B extends A {
  value2 = () => "arrow field";
  accessor = "own data property";
}
var b = new B();
print(b.value, b.value2(), b.accessor);
print(Object.keys(b).join(","), typeof B.prototype.value2);
var counter = 0;
class C { id = ++counter; }
var c1 = new C(), c2 = new C();
print(c1.id, c2.id, counter);
class WithSetter {
  set x(v) { this.setterCalled = true; }
}
class FieldX extends WithSetter {
  x = 1; // fields use define semantics, the inherited setter is not called
}
var f = new FieldX();
print(f.x, f.setterCalled, Object.getOwnPropertyDescriptor(f, "x").writable);
