// typeof for objects and callables
// spec: [language.value.typeof]
print(typeof {}, typeof [], typeof null);
print(typeof function () {}, typeof (() => 1), typeof class {});
print(typeof Math, typeof JSON, typeof globalThis);
print(typeof Object, typeof Array.prototype.push, typeof Symbol);
print(typeof new Map(), typeof new Set(), typeof new WeakMap());
print(typeof new Error("x"), typeof Error);
var o = { f() {}, get g() { return 1; } };
print(typeof o.f, typeof o.g);
print(typeof Function.prototype);
print(typeof Object.create(null));
