// globalThis and properties of the global object
// spec: [language.builtin.global]
print(typeof globalThis, globalThis === this, globalThis.globalThis === globalThis);
print(globalThis.Array === Array, globalThis.Math === Math, globalThis.JSON === JSON);
print(typeof globalThis.print, typeof globalThis.console, typeof console.log);
var d = Object.getOwnPropertyDescriptor(globalThis, "globalThis");
print(d.writable, d.enumerable, d.configurable);
var ad = Object.getOwnPropertyDescriptor(globalThis, "Array");
print(ad.writable, ad.enumerable, ad.configurable);
globalThis.newGlobal = "made via globalThis";
print(newGlobal, typeof newGlobal);
function f() { return globalThis.newGlobal; }
print(f());
print(Object.prototype.isPrototypeOf(globalThis));
