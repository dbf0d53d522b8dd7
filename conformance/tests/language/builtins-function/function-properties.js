// own properties of functions and of Function.prototype
function f(a, b) {}
print(Object.getOwnPropertyNames(f).filter((k) => k === "length" || k === "name" || k === "prototype").sort().join(","));
print(f.hasOwnProperty("caller"), f.hasOwnProperty("arguments"));
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
