// explicit this with call, apply and bind
// spec: [language.builtin.function] [language.this.binding]
function describe(greeting, punct) {
  return greeting + " " + this.name + punct;
}
var alice = { name: "Alice" }, bob = { name: "Bob" };
print(describe.call(alice, "Hi", "!"));
print(describe.apply(bob, ["Hey", "?"]));
var hiAlice = describe.bind(alice, "Hi");
print(hiAlice("."), hiAlice.call(bob, "!"));
var rebound = hiAlice.bind(bob, "ignored?");
print(rebound());
print(Math.max.apply(null, [3, 9, 2]), Array.prototype.slice.call("abc", 1).join(""));
print(describe.apply(alice, { length: 2, 0: "Yo", 1: ";" }));
function Person(n) { this.name = n; }
var BoundPerson = Person.bind({ name: "ignored" }, "Carol");
var p = new BoundPerson();
print(p.name, p instanceof Person, p instanceof BoundPerson);
