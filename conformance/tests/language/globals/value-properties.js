// NaN, Infinity and undefined are read-only global properties
// spec: [language.builtin.global]
var names = ["NaN", "Infinity", "undefined"];
print(names.map((n) => { var d = Object.getOwnPropertyDescriptor(globalThis, n); return [d.writable, d.enumerable, d.configurable].join("/"); }).join(" "));
NaN = 1; Infinity = 2; undefined = 3;
print(NaN, Infinity, undefined);
print(typeof NaN, typeof Infinity, typeof undefined);
function shadow() {
  var undefined = "shadowed locally";
  var NaN = 5;
  return undefined + " " + NaN;
}
print(shadow());
print(void 0 === undefined, -Infinity === -1 / 0, NaN !== NaN);
