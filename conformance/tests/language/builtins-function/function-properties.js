// own properties of functions and of Function.prototype
// spec: [language.builtin.function] [language.function.length-name]
function f(a, b) {}
print(Object.getOwnPropertyNames(f).filter((k) => k === "length" || k === "name" || k === "prototype").sort().join(","));
// sloppy functions may have own caller/arguments (an allowed extension); these kinds must not
var noExtras = [() => {}, { m() {} }.m, class {}, function () { "use strict"; }];
print(noExtras.map((g) => g.hasOwnProperty("caller") || g.hasOwnProperty("arguments")).join());
print(typeof Function.prototype, Function.prototype.length, JSON.stringify(Function.prototype.name));
print(Function.prototype() === undefined);
print(Object.getPrototypeOf(Function.prototype) === Object.prototype);
print(f.prototype.constructor === f, Object.keys(f.prototype).length);
var arrow = () => {};
print(arrow.hasOwnProperty("prototype"), arrow.hasOwnProperty("name"));
class K {}
var kp = Object.getOwnPropertyDescriptor(K, "prototype");
print(kp.writable, typeof K.prototype);
print(f instanceof Function, Function instanceof Function, Object.getPrototypeOf(f) === Function.prototype);
