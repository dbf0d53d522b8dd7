// super.method(), super in object literals and static methods
// spec: [language.class.extends]
class A {
  greet() { return "A.greet(" + this.id + ")"; }
  static sname() { return "A.static"; }
}
class B extends A {
  constructor() { super(); this.id = "b"; }
  greet() { return "B>" + super.greet(); }
  static sname() { return "B>" + super.sname(); }
}
class C extends B {
  greet() { return "C>" + super.greet(); }
}
print(new C().greet(), C.sname());
var base = { hello() { return "base hello " + this.tag; } };
var obj = {
  tag: "obj",
  hello() { return "obj>" + super.hello(); },
};
Object.setPrototypeOf(obj, base);
print(obj.hello());
class D extends A {
  test() {
    super.x = 5; // assignment through super sets on this
    return [this.x, A.prototype.x].join(",");
  }
}
print(new D().test());
var detached = new C().greet;
print(detached.call({ id: "other" }));
