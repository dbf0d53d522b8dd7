// function names inferred from bindings, properties and defaults
// spec: [language.builtin.function] [language.function.length-name]
var a = function () {};
let b = () => {};
const c = class {};
var o = { d: function () {}, e: () => {}, ["f" + 1]: function () {}, 1: function () {} };
print(a.name, b.name, c.name, o.d.name, o.e.name, o.f1.name, o[1].name);
var [g = function () {}] = [];
var { h = () => {} } = {};
function withDefault(i = function () {}) { return i.name; }
print(g.name, h.name, withDefault());
var j;
j = function () {};
print(j.name);
var k = function explicit() {};
print(k.name);
var s = Symbol("sym"), noDesc = Symbol();
var so = { [s]: function () {}, [noDesc]: () => {} };
print(so[s].name, JSON.stringify(so[noDesc].name));
var acc = Object.getOwnPropertyDescriptor({ get p() { return 1; }, set p(v) {} }, "p");
print(acc.get.name, acc.set.name);
var notInferred = (0, function () {});
print(JSON.stringify(notInferred.name));
