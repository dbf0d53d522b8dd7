// Function.prototype.bind: this, partial args, name and length
// spec: [language.builtin.function]
function greet(greeting, punct) { return greeting + ", " + this.name + punct; }
var b = greet.bind({ name: "Ann" }, "Hi");
print(b("!"), b.name, b.length, greet.length);
var b2 = b.bind({ name: "ignored" }, "?");
print(b2(), b2.name, b2.length);
var anon = (function () {}).bind(null);
print(JSON.stringify(anon.name));
function many(a, b, c, d) {}
print(many.bind(null, 1, 2, 3, 4, 5).length, many.bind(null, 1).length);
var arrow = (x) => x;
print(arrow.bind(null).name, arrow.bind(null, 1)());
var named = { method() { return "m"; } }.method.bind(null);
print(named.name, "prototype" in named);
function Ctor(x, y) { this.sum = x + y; }
var Partial = Ctor.bind({ ignoredThis: true }, 10);
var inst = new Partial(5);
print(inst.sum, inst instanceof Ctor, inst.ignoredThis);
var weirdLength = function (a) {};
Object.defineProperty(weirdLength, "length", { value: -5 });
print(weirdLength.bind(null).length);
