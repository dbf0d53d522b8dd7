// the constructors and namespaces of the supported subset exist on the global object
// spec: [language.builtin.global]
var names = ["Object", "Function", "Array", "String", "Number", "Boolean", "Symbol", "Map", "Set", "WeakMap",
  "Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError"];
print(names.map((n) => typeof globalThis[n]).every((t) => t === "function"));
print(names.every((n) => globalThis[n].name === n));
print(names.every((n) => !Object.getOwnPropertyDescriptor(globalThis, n).enumerable));
print(typeof Math, typeof JSON, typeof globalThis.Date.now);
print(names.filter((n) => globalThis[n].prototype.constructor !== globalThis[n]).length);
