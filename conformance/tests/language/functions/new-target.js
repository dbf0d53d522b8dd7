// new.target distinguishes construction from calls
// spec: [language.new]
function F() {
  return new.target === undefined ? "called" : "constructed";
}
print(F(), typeof new F());
function G() {
  this.t = new.target === G;
}
print(new G().t);
function OnlyNew() {
  if (!new.target) throw new TypeError("use new");
  this.ok = true;
}
try {
  OnlyNew();
} catch (e) {
  print(e.name, e.message);
}
print(new OnlyNew().ok);
class Base {
  constructor() { this.kind = new.target.name; }
}
class Derived extends Base {}
print(new Base().kind, new Derived().kind);
function arrowSees() {
  var a = () => new.target;
  return a();
}
print(new arrowSees() instanceof arrowSees, arrowSees() === undefined);
