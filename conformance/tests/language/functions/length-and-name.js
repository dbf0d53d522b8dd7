// the length and name properties of functions
// spec: [language.function.length-name]
function a(x, y, z) {}
function b(x, y = 1, z) {}
function c(...rest) {}
function d(x, ...rest) {}
function e({ p }, [q]) {}
print(a.length, b.length, c.length, d.length, e.length);
print(a.name, (function () {}).name === "", (() => {}).name === "");
var v = function () {};
let arrow = () => {};
const o = { method() {}, ["comp" + "uted"]: function () {}, get acc() { return 1; } };
print(v.name, arrow.name, o.method.name, o.computed.name);
print(Object.getOwnPropertyDescriptor(o, "acc").get.name);
var sym = Symbol("desc");
var so = { [sym]() {} };
print(so[sym].name);
class K { static m() {} }
print(K.name, K.m.name);
var ld = Object.getOwnPropertyDescriptor(a, "length");
print(ld.writable, ld.enumerable, ld.configurable);
a.name = "changed";
print(a.name);
