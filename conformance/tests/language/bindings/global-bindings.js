// global var/function create properties on the global object; let/const do not
// spec: [language.binding.hoisting] [language.host.script]
var gv = 1;
function gf() {}
let gl = 2;
const gc = 3;
print("gv" in globalThis, "gf" in globalThis, "gl" in globalThis, "gc" in globalThis);
print(globalThis.gv, typeof globalThis.gf, globalThis.gl);
globalThis.gv = 10;
print(gv);
globalThis.implicit = 5;
print(implicit);
var d = Object.getOwnPropertyDescriptor(globalThis, "gv");
print(d.writable, d.enumerable, d.value);
print(delete globalThis.gv, typeof gv);
print(delete globalThis.implicit, typeof implicit);
sloppyImplicit = 6;
print(globalThis.sloppyImplicit, delete globalThis.sloppyImplicit);
