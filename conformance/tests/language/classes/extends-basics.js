// inheritance with extends and super calls
// spec: [language.class.extends]
class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + " makes a sound"; }
  get kind() { return "animal"; }
  static create(n) { return new this(n); }
}
class Dog extends Animal {
  constructor(name) {
    super(name);
    this.tricks = 0;
  }
  speak() { return super.speak() + " (woof)"; }
  get kind() { return "dog < " + super.kind; }
}
var d = new Dog("Rex");
print(d.speak(), d.kind, d.tricks);
print(d instanceof Dog, d instanceof Animal, d instanceof Object);
var c = Dog.create("Fido");
print(c instanceof Dog, c.speak());
print(Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
print(Object.getPrototypeOf(Dog) === Animal);
class Puppy extends Dog {}
var p = new Puppy("Bit");
print(p.speak(), p.constructor.name, Puppy.length);
