// __proto__ in object literals sets [[Prototype]]; Object.prototype.__proto__ reads and writes it
// spec: [language.object.proto-literal]
var base = { greet() { return "hi " + this.name; } };
var o = { __proto__: base, name: "o" };
print(Object.getPrototypeOf(o) === base, o.greet(), Object.keys(o).join());
var n = { __proto__: null };
print(Object.getPrototypeOf(n) === null, typeof n.toString);
var ignored = { __proto__: 42 };
print(Object.getPrototypeOf(ignored) === Object.prototype);
var computed = { ["__proto__"]: base };
print(Object.getPrototypeOf(computed) === Object.prototype, computed.hasOwnProperty("__proto__"));
var shorthand = (function () { var __proto__ = base; return { __proto__ }; })();
print(Object.getPrototypeOf(shorthand) === Object.prototype, shorthand.__proto__ === base);
var p = {};
print(p.__proto__ === Object.prototype);
p.__proto__ = base;
print(Object.getPrototypeOf(p) === base, p.greet.call({ name: "x" }));
p.__proto__ = 5;
print(Object.getPrototypeOf(p) === base);
try { base.__proto__ = p; } catch (e) { print(e.name); }
